package org.hexmall.simulator.wallet.account;

/** What became of a payment password the holder reset in the wallet app. */
public enum PasswordReset {
    /** The new password is set, and a lock on the old one has ended. */
    DONE,
    /** The name typed is not the holder's, so nothing changed. */
    NOT_THE_HOLDER,
    /** The provider has no such account: nothing changed. */
    NO_SUCH_ACCOUNT
}
