-- The SIMULATED providers keep the notifications the store has not acknowledged yet, so that a restart resumes
-- them at their next due time, as a real provider's queue survives its restarts. The fields are kept unsigned and
-- form-encoded: every attempt is signed afresh. A refund that a provider took and then failed (WeChat Pay confirms
-- refunds later) is kept under its number too, with nothing credited, so that asking again refunds nothing.

CREATE TABLE mock_wallet_pending_notifications (
    id               VARCHAR(64)                 NOT NULL,
    provider         VARCHAR(32)                 NOT NULL,
    message_type     VARCHAR(32)                 NOT NULL,
    fields           VARCHAR(4000)               NOT NULL,
    attempts_made    INTEGER                     NOT NULL,
    next_attempt_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT mock_wallet_pending_notifications_pk PRIMARY KEY (id),
    CONSTRAINT mock_wallet_pending_notifications_attempts_not_negative CHECK (attempts_made >= 0)
);

CREATE INDEX mock_wallet_pending_notifications_by_due_time ON mock_wallet_pending_notifications (next_attempt_at);

ALTER TABLE mock_wallet_refunds ADD COLUMN failed BOOLEAN DEFAULT FALSE NOT NULL;
