package org.hexmall.domain.account;

/** How one login attempt ended, as kept in the login history. */
public enum LoginOutcome {
    SUCCEEDED,
    WRONG_PASSWORD,
    REFUSED_LOCKED,
    REFUSED_FROZEN
}
