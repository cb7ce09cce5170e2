package org.hexmall.simulator.wallet.account;

/** What became of a top-up the holder made in the wallet app. */
public enum TopUp {
    /** The balance holds the amount more now. */
    DONE,
    /** The provider has no such account: nothing changed. */
    NO_SUCH_ACCOUNT,
    /** The balance cannot hold that much more: nothing changed. */
    BALANCE_FULL
}
