package org.hexmall.domain.security;

/**
 * What happened to the security of a customer's account: one line of their "Account activity" and of the
 * agent's view of the customer. Logins themselves are kept in the login history.
 */
public enum SecurityEventKind {
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    LOGIN_LOCKED,
    DEVICE_TRUSTED,
    DEVICE_REVOKED,
    NEW_DEVICE_VERIFIED,
    WALLET_BOUND,
    WALLET_UNBOUND,
    WALLET_RECONFIRMED,
    STEP_UP_PASSED,
    STEP_UP_FAILED,
    PAYMENT_PASSWORD_LOCKED,
    RISK_HOLD,
    ACCOUNT_FROZEN,
    ACCOUNT_UNFROZEN,
    /** The customer said that an entry of their activity was not them. */
    REPORTED_NOT_ME
}
