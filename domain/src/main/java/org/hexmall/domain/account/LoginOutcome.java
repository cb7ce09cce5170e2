package org.hexmall.domain.account;

import org.hexmall.domain.security.LoginAttempt;

/** How one login attempt ended, as kept in the login history. */
public enum LoginOutcome {
    SUCCEEDED,
    WRONG_PASSWORD,
    REFUSED_LOCKED,
    REFUSED_FROZEN,
    /** The right password on a device the account does not trust: a code went to the phone, no session opened. */
    CODE_REQUIRED,
    /** The right password, but the risk rules held the login for customer service: no session opened. */
    REFUSED_RISK,
    /**
     * The right password on a device the account does not trust, but no code went: the phone had received one a
     * moment before, or all it may in a day. No session opened; the customer asks for a code from the login page.
     */
    CODE_NOT_SENT,
    /**
     * The right password, but the risk rules asked for a face check: no session opened, and no code went unless the
     * customer then asked for one instead.
     */
    FACE_CHECK_ASKED;

    /** The entry the history keeps for an attempt's outcome. */
    public static LoginOutcome of(LoginAttempt.Outcome attempt) {
        return switch (attempt) {
            case LoginAttempt.Succeeded succeeded -> SUCCEEDED;
            case LoginAttempt.WrongPassword wrong -> WRONG_PASSWORD;
            case LoginAttempt.RefusedLocked locked -> REFUSED_LOCKED;
            case LoginAttempt.RefusedFrozen frozen -> REFUSED_FROZEN;
        };
    }
}
