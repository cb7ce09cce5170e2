-- A block holds what it blocked until customer service lifts the hold or its period ends: one hold per blocking
-- alert. Plain SQL that H2 and PostgreSQL both run unchanged.
-- holds: what is held back (PAYING_AND_BINDING after a blocked payment or binding; a blocked login holds nothing).
-- lifted_*: empty until an agent lifts the hold, all set together then.
CREATE TABLE risk_holds (
    alert_id            VARCHAR(36)                 NOT NULL,
    customer_id         VARCHAR(36)                 NOT NULL,
    holds               VARCHAR(24)                 NOT NULL,
    placed_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    ends_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    lifted_at           TIMESTAMP(6) WITH TIME ZONE,
    lifted_by           VARCHAR(36),
    lifted_by_username  VARCHAR(32),
    lift_reason         VARCHAR(500),
    CONSTRAINT risk_holds_pk PRIMARY KEY (alert_id),
    CONSTRAINT risk_holds_alert_fk FOREIGN KEY (alert_id) REFERENCES risk_alerts (id),
    CONSTRAINT risk_holds_holds_known CHECK (holds IN ('PAYING_AND_BINDING')),
    CONSTRAINT risk_holds_end_after_placed CHECK (ends_at > placed_at),
    CONSTRAINT risk_holds_lifted_whole CHECK ((lifted_at IS NULL AND lifted_by IS NULL
        AND lifted_by_username IS NULL AND lift_reason IS NULL) OR (lifted_at IS NOT NULL AND lifted_by IS NOT NULL
        AND lifted_by_username IS NOT NULL AND lift_reason IS NOT NULL))
);

-- The risk facts read a customer's holds not lifted (their latest end) in the round trip they already make; the
-- console lists the active ones.
CREATE INDEX risk_holds_active_by_customer ON risk_holds (customer_id, lifted_at, ends_at);

-- A hold lifted by an agent is a line of the customer's activity, and an action in the audit log.
ALTER TABLE security_events DROP CONSTRAINT security_events_kind_known;
ALTER TABLE security_events ADD CONSTRAINT security_events_kind_known CHECK (kind IN ('PASSWORD_CHANGED',
    'PASSWORD_RESET', 'PHONE_CHANGED', 'LOGIN_LOCKED', 'LOGIN_LOCK_CLEARED', 'DEVICE_TRUSTED', 'DEVICE_REVOKED',
    'NEW_DEVICE_VERIFIED', 'WALLET_BOUND', 'WALLET_UNBOUND', 'WALLET_RECONFIRMED', 'STEP_UP_PASSED', 'STEP_UP_FAILED',
    'PAYMENT_PASSWORD_LOCKED', 'RISK_HOLD', 'RISK_HOLD_LIFTED', 'ACCOUNT_FROZEN', 'ACCOUNT_UNFROZEN',
    'REPORTED_NOT_ME'));

ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_known;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_known CHECK (action IN (
    'FORCE_UNBIND_WALLET', 'CLEAR_LOGIN_LOCK', 'FREEZE_ACCOUNT', 'UNFREEZE_ACCOUNT', 'RESOLVE_RISK_ALERT',
    'REVOKE_DEVICE', 'CREATE_CAMPAIGN', 'CHANGE_CAMPAIGN', 'PAUSE_CAMPAIGN', 'RESUME_CAMPAIGN', 'END_CAMPAIGN',
    'CREATE_AGENT', 'RESET_AGENT_PASSWORD', 'DISABLE_AGENT', 'ENABLE_AGENT', 'CHANGE_OWN_PASSWORD', 'REFUND_ORDER',
    'REQUEST_REFUND_APPROVAL', 'APPROVE_REFUND', 'REJECT_REFUND', 'TAKE_AFTER_SALES', 'DECLINE_AFTER_SALES',
    'GRANT_COMPENSATION', 'REQUEST_COMPENSATION', 'APPROVE_COMPENSATION', 'REJECT_COMPENSATION', 'LIFT_RISK_HOLD'));
