-- Risk alerts for customer service, and the indexes the risk rules' facts are read through. Plain SQL that H2 and
-- PostgreSQL both run unchanged.

-- One alert per attempt the risk rules stepped up or blocked, or per customer report ("this wasn't me"). No foreign
-- key to customers on purpose, as in audit_log: the record of what happened must outlive what it mentions.
-- amount_fen: the payment's amount; NULL for other attempts. subject: the order number, the wallet with its masked
-- account, or the customer's own words; never a secret. is_open: no resolution yet (kept as a column so that the
-- console's header counts open alerts through an index).
CREATE TABLE risk_alerts (
    id                      VARCHAR(36)                 NOT NULL,
    customer_id             VARCHAR(36)                 NOT NULL,
    raised_at               TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    attempt_kind            VARCHAR(16)                 NOT NULL,
    amount_fen              BIGINT,
    subject                 VARCHAR(200)                NOT NULL,
    client_address          VARCHAR(64)                 NOT NULL,
    decision                VARCHAR(8)                  NOT NULL,
    step_up_factor          VARCHAR(16),
    severity                VARCHAR(8)                  NOT NULL,
    outcome                 VARCHAR(24)                 NOT NULL,
    is_open                 BOOLEAN                     NOT NULL,
    resolution              VARCHAR(24),
    resolution_note         VARCHAR(500),
    resolved_by             VARCHAR(36),
    resolved_by_username    VARCHAR(32),
    resolved_at             TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT risk_alerts_pk PRIMARY KEY (id),
    CONSTRAINT risk_alerts_attempt_known CHECK (attempt_kind IN ('PAYMENT', 'BINDING', 'LOGIN', 'CUSTOMER_REPORT')),
    CONSTRAINT risk_alerts_decision_known CHECK (decision IN ('ALLOW', 'STEP_UP', 'BLOCK')),
    CONSTRAINT risk_alerts_factor_known CHECK (step_up_factor IS NULL OR step_up_factor IN ('SMS_CODE', 'FACE_CHECK')),
    CONSTRAINT risk_alerts_severity_known CHECK (severity IN ('MEDIUM', 'HIGH', 'URGENT')),
    CONSTRAINT risk_alerts_outcome_known CHECK (outcome IN
        ('REFUSED', 'VERIFICATION_ASKED', 'VERIFIED', 'VERIFICATION_FAILED', 'ACCOUNT_FROZEN')),
    CONSTRAINT risk_alerts_resolution_known CHECK (resolution IS NULL OR resolution IN
        ('FALSE_POSITIVE', 'CONFIRMED_FRAUD', 'CONTACTED_CUSTOMER')),
    CONSTRAINT risk_alerts_open_unless_resolved CHECK (is_open = (resolution IS NULL)),
    CONSTRAINT risk_alerts_amount_positive CHECK (amount_fen IS NULL OR amount_fen > 0)
);

-- The queue lists open alerts first, and the header counts them on every console page.
CREATE INDEX risk_alerts_by_open ON risk_alerts (is_open, raised_at);
-- A customer's page lists their latest alerts.
CREATE INDEX risk_alerts_by_customer ON risk_alerts (customer_id, raised_at);

-- The rules that fired on an alert, in the order they were evaluated, each with its score and its reason as a
-- message key and its arguments (one per line: none of them contains a line break).
CREATE TABLE risk_alert_rules (
    alert_id        VARCHAR(36)     NOT NULL,
    seq             INTEGER         NOT NULL,
    rule            VARCHAR(32)     NOT NULL,
    score           INTEGER         NOT NULL,
    reason_key      VARCHAR(64)     NOT NULL,
    reason_args     VARCHAR(500)    NOT NULL,
    CONSTRAINT risk_alert_rules_pk PRIMARY KEY (alert_id, seq),
    CONSTRAINT risk_alert_rules_alert_fk FOREIGN KEY (alert_id) REFERENCES risk_alerts (id),
    CONSTRAINT risk_alert_rules_rule_known CHECK (rule IN ('NEW_DEVICE', 'AMOUNT_ABOVE_USUAL', 'PAYMENT_VELOCITY',
        'BINDING_VELOCITY', 'WRONG_PAYMENT_PASSWORDS', 'BIND_THEN_PAY', 'FAILED_LOGINS_FROM_ADDRESS', 'REGION_CHANGE',
        'CUSTOMER_REPORT')),
    CONSTRAINT risk_alert_rules_score_not_negative CHECK (score >= 0)
);

-- The queue's filter by rule.
CREATE INDEX risk_alert_rules_by_rule ON risk_alert_rules (rule, alert_id);

-- The payment rules count a customer's payments over a time window, and read their latest successful amounts.
CREATE INDEX payments_by_customer ON payments (customer_id, created_at);
-- The login rules count failed logins from one client address, across accounts.
CREATE INDEX login_history_by_address ON login_history (client_address, attempted_at);

-- An agent resolves an alert, with a note.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_known;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_known CHECK (action IN ('FORCE_UNBIND_WALLET', 'CLEAR_LOGIN_LOCK',
    'FREEZE_ACCOUNT', 'UNFREEZE_ACCOUNT', 'RESOLVE_RISK_ALERT'));
