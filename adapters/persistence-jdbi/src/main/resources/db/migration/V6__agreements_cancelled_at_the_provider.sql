-- A binding ended in hexmall (unbound by the customer or an agent, or replaced) has its agreement cancelled at the
-- provider, so that the wallet app no longer lists hexmall. Plain SQL that H2 and PostgreSQL both run unchanged.

-- agreement_cancellation: where the cancellation stands; NULL for a binding that never ended in hexmall.
-- next_cancellation_attempt: while it is PENDING, when the provider may be asked next. Whoever takes an attempt
-- moves it to the time the answer is due, so that no other server starts a second one meanwhile.
ALTER TABLE wallet_bindings ADD COLUMN agreement_cancellation VARCHAR(16);
ALTER TABLE wallet_bindings ADD COLUMN next_cancellation_attempt TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE wallet_bindings ADD CONSTRAINT wallet_bindings_cancellation_known CHECK (agreement_cancellation IS NULL
    OR agreement_cancellation IN ('PENDING', 'CANCELLED', 'ALREADY_ENDED'));
ALTER TABLE wallet_bindings ADD CONSTRAINT wallet_bindings_pending_cancellation_is_scheduled CHECK (
    agreement_cancellation IS NULL OR agreement_cancellation <> 'PENDING' OR next_cancellation_attempt IS NOT NULL);

-- Bindings ended before now never had their agreement cancelled: the scheduled job does it from the start.
UPDATE wallet_bindings
SET agreement_cancellation = 'PENDING', next_cancellation_attempt = CURRENT_TIMESTAMP
WHERE status IN ('UNBOUND', 'REPLACED') AND agreement_token IS NOT NULL;

-- The scheduled job looks for the cancellations that are due.
CREATE INDEX wallet_bindings_by_cancellation ON wallet_bindings (agreement_cancellation, next_cancellation_attempt);

-- A step of a binding's history may be a step of its agreement's cancellation: where that stands after it.
ALTER TABLE wallet_binding_events ADD COLUMN agreement_cancellation VARCHAR(16);
ALTER TABLE wallet_binding_events ADD CONSTRAINT wallet_binding_events_cancellation_known CHECK (
    agreement_cancellation IS NULL OR agreement_cancellation IN ('PENDING', 'CANCELLED', 'ALREADY_ENDED'));
