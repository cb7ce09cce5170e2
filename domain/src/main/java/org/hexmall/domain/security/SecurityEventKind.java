package org.hexmall.domain.security;

/**
 * What happened to the security of a customer's account: one line of their "Account activity" and of the
 * agent's view of the customer. Logins themselves are kept in the login history.
 */
public enum SecurityEventKind {
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    /** The account's phone number changed; the detail is the new number, masked. */
    PHONE_CHANGED,
    LOGIN_LOCKED,
    /** Customer service cleared a login lock, so that the customer can try their password again at once. */
    LOGIN_LOCK_CLEARED,
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
    /** Customer service lifted a risk hold, so that the account may again do what it held. */
    RISK_HOLD_LIFTED,
    ACCOUNT_FROZEN,
    ACCOUNT_UNFROZEN,
    /** The customer said that an entry of their activity was not them. */
    REPORTED_NOT_ME
}
