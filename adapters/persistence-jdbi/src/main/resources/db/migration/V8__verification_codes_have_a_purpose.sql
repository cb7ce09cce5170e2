-- A code proves the phone for one purpose only: one sent to bind a wallet never resets a password, nor the other way
-- round. The codes stored so far were all sent to bind wallets. Plain SQL that H2 and PostgreSQL both run unchanged.
ALTER TABLE verification_codes ADD COLUMN purpose VARCHAR(16) DEFAULT 'WALLET_BINDING' NOT NULL;
ALTER TABLE verification_codes ALTER COLUMN purpose DROP DEFAULT;
ALTER TABLE verification_codes ADD CONSTRAINT verification_codes_purpose_known
    CHECK (purpose IN ('WALLET_BINDING', 'PASSWORD_RESET'));

-- Every code entry reads the phone's latest code for its purpose; the daily count still reads every purpose.
CREATE INDEX verification_codes_by_phone_and_purpose ON verification_codes (phone, purpose, sent_at);
