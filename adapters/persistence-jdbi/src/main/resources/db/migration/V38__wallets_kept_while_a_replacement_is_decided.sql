-- The wallet a customer typed to bind while their wallets are at the limit, kept for a few minutes while they answer
-- whether it replaces one of theirs: the question has an address of its own, which names this row and never the
-- account. The account is encrypted as in wallet_bindings; only its kind is in the clear. Plain SQL that H2 and
-- PostgreSQL both run unchanged.
CREATE TABLE pending_replacements (
    id                 VARCHAR(36)                 NOT NULL,
    customer_id        VARCHAR(36)                 NOT NULL,
    provider           VARCHAR(32)                 NOT NULL,
    account_kind       VARCHAR(16)                 NOT NULL,
    account_ciphertext VARCHAR(512)                NOT NULL,
    kept_until         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pending_replacements_pk PRIMARY KEY (id),
    CONSTRAINT pending_replacements_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT pending_replacements_provider_known
        CHECK (provider IN ('WECHAT_PAY', 'ALIPAY', 'JD_PAY', 'UNIONPAY_QUICKPASS', 'PAYPAL', 'APPLE_PAY')),
    CONSTRAINT pending_replacements_kind_known CHECK (account_kind IN ('PHONE', 'EMAIL', 'ACCOUNT_ID'))
);

-- Rows no longer kept are removed by the time they end.
CREATE INDEX pending_replacements_by_end ON pending_replacements (kept_until);
