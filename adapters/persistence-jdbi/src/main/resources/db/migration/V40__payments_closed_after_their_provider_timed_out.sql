-- PROVIDER_TIMED_OUT: the provider did not answer the store in time, and the store closed the payment there once it
-- could, before anyone was sent to confirm it. Plain SQL that H2 and PostgreSQL both run unchanged.
ALTER TABLE payments DROP CONSTRAINT payments_failure_reason_known;
ALTER TABLE payments ADD CONSTRAINT payments_failure_reason_known CHECK (failure_reason IS NULL OR failure_reason IN
    ('INSUFFICIENT_BALANCE', 'WRONG_PAYMENT_PASSWORD', 'PAYMENT_PASSWORD_LOCKED', 'WALLET_NOT_BOUND',
     'PROVIDER_UNAVAILABLE', 'PROVIDER_TIMED_OUT', 'DECLINED'));
