-- Wrong passwords for a login that names no account are counted and locked like those for a registered one, so that
-- neither the answers nor the lock tell whether an account exists. Plain SQL that H2 and PostgreSQL both run unchanged.

-- login_key: a keyed hash (HMAC-SHA256, base64url) of the login as typed, never the login itself.
-- keep_until: after it, the row may be forgotten by the scheduled job.
CREATE TABLE login_throttles (
    login_key     VARCHAR(64) PRIMARY KEY,
    failed_logins INTEGER NOT NULL CHECK (failed_logins >= 0),
    locked_until  TIMESTAMP(6) WITH TIME ZONE,
    keep_until    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE INDEX login_throttles_by_keep_until ON login_throttles (keep_until);

-- An agent may clear a customer's login lock, giving a reason, as the lock's message sends the customer to them, and
-- freeze or unfreeze an account.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_known;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_known CHECK (action IN ('FORCE_UNBIND_WALLET', 'CLEAR_LOGIN_LOCK',
    'FREEZE_ACCOUNT', 'UNFREEZE_ACCOUNT'));

-- Freezing an account ends every session it has open, found by who is signed in to them.
CREATE INDEX sessions_by_principal ON sessions (principal_id);
