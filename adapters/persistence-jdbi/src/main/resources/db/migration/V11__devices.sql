-- The devices (browsers) customers log in from, each known by a long-lived cookie of which only a keyed hash is kept,
-- and the sessions they open. Plain SQL that H2 and PostgreSQL both run unchanged.

-- token_hash: HMAC-SHA256 (base64url) of the device cookie, never the cookie itself. One browser used by two customers
-- is one device of each.
-- code_requested_since: the right password was typed there and a code sent to the account's phone is awaited.
-- revoked_at: its trust was taken away; the row stays so that the account is still known to have trusted a device.
CREATE TABLE devices (
    id                   VARCHAR(36)                 NOT NULL,
    customer_id          VARCHAR(36)                 NOT NULL,
    token_hash           VARCHAR(64)                 NOT NULL,
    browser              VARCHAR(16)                 NOT NULL,
    platform             VARCHAR(16)                 NOT NULL,
    first_seen_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_seen_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_client_address  VARCHAR(64)                 NOT NULL,
    trusted_since        TIMESTAMP(6) WITH TIME ZONE,
    code_requested_since TIMESTAMP(6) WITH TIME ZONE,
    revoked_at           TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT devices_pk PRIMARY KEY (id),
    CONSTRAINT devices_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT devices_one_per_customer_and_cookie UNIQUE (customer_id, token_hash),
    CONSTRAINT devices_browser_known CHECK (browser IN ('EDGE', 'OPERA', 'WECHAT', 'SAMSUNG', 'FIREFOX', 'CHROME',
        'SAFARI', 'OTHER')),
    CONSTRAINT devices_platform_known CHECK (platform IN ('ANDROID', 'IPHONE', 'IPAD', 'WINDOWS', 'MAC', 'LINUX',
        'OTHER')),
    CONSTRAINT devices_revoked_is_untrusted CHECK (revoked_at IS NULL OR trusted_since IS NULL)
);

-- The code page finds the login a browser waits on by its cookie alone.
CREATE INDEX devices_by_token_hash ON devices (token_hash);

-- Revoking a device ends the sessions it opened.
ALTER TABLE sessions ADD COLUMN device_id VARCHAR(36);
CREATE INDEX sessions_by_device ON sessions (device_id);

-- A code may now prove the phone to finish a login on a new device (V12, for step-ups, keeps this purpose too).
ALTER TABLE verification_codes DROP CONSTRAINT verification_codes_purpose_known;
ALTER TABLE verification_codes ADD CONSTRAINT verification_codes_purpose_known
    CHECK (purpose IN ('WALLET_BINDING', 'PASSWORD_RESET', 'NEW_DEVICE_LOGIN'));

-- A right password on a new device is kept apart from a login that opened a session.
ALTER TABLE login_history DROP CONSTRAINT login_history_outcome_known;
ALTER TABLE login_history ADD CONSTRAINT login_history_outcome_known
    CHECK (outcome IN ('SUCCEEDED', 'WRONG_PASSWORD', 'REFUSED_LOCKED', 'REFUSED_FROZEN', 'CODE_REQUIRED'));

-- An agent may revoke a customer's device, giving a reason.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_known;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_known CHECK (action IN ('FORCE_UNBIND_WALLET', 'CLEAR_LOGIN_LOCK',
    'FREEZE_ACCOUNT', 'UNFREEZE_ACCOUNT', 'RESOLVE_RISK_ALERT', 'REVOKE_DEVICE'));
