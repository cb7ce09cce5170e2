-- Two more kinds of security event: the account's phone number changed (the detail is the new number, masked), and
-- customer service cleared a login lock. The CHECK lists every kind the domain knows.
-- Plain SQL that H2 and PostgreSQL both run unchanged.
ALTER TABLE security_events DROP CONSTRAINT security_events_kind_known;
ALTER TABLE security_events ADD CONSTRAINT security_events_kind_known CHECK (kind IN ('PASSWORD_CHANGED',
    'PASSWORD_RESET', 'PHONE_CHANGED', 'LOGIN_LOCKED', 'LOGIN_LOCK_CLEARED', 'DEVICE_TRUSTED', 'DEVICE_REVOKED',
    'NEW_DEVICE_VERIFIED', 'WALLET_BOUND', 'WALLET_UNBOUND', 'WALLET_RECONFIRMED', 'STEP_UP_PASSED', 'STEP_UP_FAILED',
    'PAYMENT_PASSWORD_LOCKED', 'RISK_HOLD', 'ACCOUNT_FROZEN', 'ACCOUNT_UNFROZEN', 'REPORTED_NOT_ME'));
