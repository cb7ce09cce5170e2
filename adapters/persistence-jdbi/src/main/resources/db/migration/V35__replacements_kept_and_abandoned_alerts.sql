-- Two things the store now keeps rather than works out again. Plain SQL that H2 and PostgreSQL both run unchanged.

-- The wallet a customer typed to bind in place of one they have, kept with the re-confirmation of the current wallet
-- that the replacement waits for on a new device: once confirmed, the binding goes on with it. The account is
-- encrypted as in wallet_bindings; only its kind is in the clear. Only a replacement names one; all three columns are
-- set together, or none (a request from before this column existed, or one for another purpose).
ALTER TABLE wallet_reconfirmations ADD COLUMN replacement_provider VARCHAR(32);
ALTER TABLE wallet_reconfirmations ADD COLUMN replacement_account_kind VARCHAR(16);
ALTER TABLE wallet_reconfirmations ADD COLUMN replacement_account_ciphertext VARCHAR(512);
ALTER TABLE wallet_reconfirmations ADD CONSTRAINT wallet_reconfirmations_replacement_whole
    CHECK ((replacement_provider IS NULL) = (replacement_account_kind IS NULL)
        AND (replacement_provider IS NULL) = (replacement_account_ciphertext IS NULL));
ALTER TABLE wallet_reconfirmations ADD CONSTRAINT wallet_reconfirmations_replacement_only_for_replacing
    CHECK (replacement_provider IS NULL OR purpose = 'REPLACEMENT');
ALTER TABLE wallet_reconfirmations ADD CONSTRAINT wallet_reconfirmations_replacement_provider_known
    CHECK (replacement_provider IS NULL
        OR replacement_provider IN ('WECHAT_PAY', 'ALIPAY', 'JD_PAY', 'UNIONPAY_QUICKPASS', 'PAYPAL', 'APPLE_PAY'));
ALTER TABLE wallet_reconfirmations ADD CONSTRAINT wallet_reconfirmations_replacement_kind_known
    CHECK (replacement_account_kind IS NULL OR replacement_account_kind IN ('PHONE', 'EMAIL', 'ACCOUNT_ID'));

-- An alert whose proof the customer never gave, once nothing can answer it any more, is stored as ABANDONED by
-- housekeeping (it was worked out on every read before), so that the console can filter by it.
ALTER TABLE risk_alerts DROP CONSTRAINT risk_alerts_outcome_known;
ALTER TABLE risk_alerts ADD CONSTRAINT risk_alerts_outcome_known CHECK (outcome IN
    ('REFUSED', 'VERIFICATION_ASKED', 'VERIFIED', 'VERIFICATION_FAILED', 'ACCOUNT_FROZEN', 'ABANDONED'));

-- Housekeeping finds the alerts still asking past their time; the console filters the queue by outcome.
CREATE INDEX risk_alerts_by_outcome ON risk_alerts (outcome, raised_at);
