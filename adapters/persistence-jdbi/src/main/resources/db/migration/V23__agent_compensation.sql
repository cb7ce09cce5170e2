-- Customer service compensates customers with a coupon or points, and a payment may charge nothing. Plain SQL
-- that H2 and PostgreSQL both run unchanged; money is a whole number of fen in a BIGINT.

-- A coupon given by customer service carries the agent's reason, which the customer reads in "My coupons".
ALTER TABLE coupons ADD COLUMN note VARCHAR(500) DEFAULT '' NOT NULL;

-- Every compensation an agent gives or asks for, one row each. GRANTED ones were within the agent's daily limit and
-- reached the customer at once; above the limit a row is PENDING until a supervisor other than the requester
-- APPROVES or REJECTS it, by a conditional update that only one decision wins. value_fen is what it is worth (a
-- coupon's amount off or cap, 100 points = 100 fen), the measure of the daily limit. No foreign key to customers,
-- agents or campaigns, as in audit_log: the record stands whatever becomes of the rows it mentions.
CREATE TABLE compensations (
    id                      VARCHAR(36)                 NOT NULL,
    customer_id             VARCHAR(36)                 NOT NULL,
    kind                    VARCHAR(16)                 NOT NULL,
    campaign_id             VARCHAR(36),
    name_en                 VARCHAR(200)                NOT NULL,
    name_zh                 VARCHAR(200)                NOT NULL,
    points                  BIGINT                      NOT NULL,
    value_fen               BIGINT                      NOT NULL,
    reason                  VARCHAR(500)                NOT NULL,
    requested_by            VARCHAR(36)                 NOT NULL,
    requested_by_username   VARCHAR(64)                 NOT NULL,
    requested_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status                  VARCHAR(16)                 NOT NULL,
    decided_by              VARCHAR(36),
    decided_by_username     VARCHAR(64),
    decision_reason         VARCHAR(500),
    decided_at              TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT compensations_pk PRIMARY KEY (id),
    CONSTRAINT compensations_kind_known CHECK (kind IN ('COUPON', 'POINTS')),
    CONSTRAINT compensations_status_known CHECK (status IN ('GRANTED', 'PENDING', 'APPROVED', 'REJECTED')),
    CONSTRAINT compensations_kind_columns CHECK (
        (kind = 'COUPON' AND campaign_id IS NOT NULL AND points = 0)
        OR (kind = 'POINTS' AND campaign_id IS NULL AND points >= 1)),
    CONSTRAINT compensations_value_positive CHECK (value_fen > 0),
    CONSTRAINT compensations_decided CHECK ((status IN ('APPROVED', 'REJECTED')) = (decided_at IS NOT NULL)
        AND (decided_at IS NULL OR (decided_by IS NOT NULL AND decided_by_username IS NOT NULL
            AND decision_reason IS NOT NULL))),
    CONSTRAINT compensations_not_self_approved CHECK (decided_by IS NULL OR decided_by <> requested_by)
);

-- The daily limit sums an agent's grants of the day; the queue lists waiting requests oldest first; the customer's
-- compensation page lists theirs newest first.
CREATE INDEX compensations_by_agent ON compensations (requested_by, requested_at);
CREATE INDEX compensations_by_status ON compensations (status, requested_at);
CREATE INDEX compensations_by_customer ON compensations (customer_id, requested_at);

ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_known;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_known CHECK (action IN ('FORCE_UNBIND_WALLET', 'CLEAR_LOGIN_LOCK',
    'FREEZE_ACCOUNT', 'UNFREEZE_ACCOUNT', 'RESOLVE_RISK_ALERT', 'REVOKE_DEVICE', 'CREATE_CAMPAIGN', 'CHANGE_CAMPAIGN',
    'PAUSE_CAMPAIGN', 'RESUME_CAMPAIGN', 'END_CAMPAIGN', 'GRANT_COMPENSATION', 'REQUEST_COMPENSATION',
    'APPROVE_COMPENSATION', 'REJECT_COMPENSATION'));

-- Promotions and points may cover a whole order: its payment then charges nothing, and no wallet is asked to.
ALTER TABLE payments DROP CONSTRAINT payments_amount_positive;
ALTER TABLE payments ADD CONSTRAINT payments_amount_not_negative CHECK (amount_fen >= 0);
