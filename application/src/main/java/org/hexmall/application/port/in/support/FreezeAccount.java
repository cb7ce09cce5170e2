package org.hexmall.application.port.in.support;

/**
 * An agent freezes a customer's account, for example when the customer lost their phone or fraud is suspected, and
 * unfreezes it once that is settled; each with a reason that is audited. Freezing ends every session the customer
 * has open, on every device, at once; a frozen account cannot log in, pay or bind a wallet.
 */
public interface FreezeAccount {

    /** False if the account was frozen already, or there is no such customer; nothing is changed then. */
    boolean freeze(AccountSupportCommand command);

    /** False if the account was not frozen, or there is no such customer; nothing is changed then. */
    boolean unfreeze(AccountSupportCommand command);
}
