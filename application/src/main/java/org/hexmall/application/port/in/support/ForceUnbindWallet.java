package org.hexmall.application.port.in.support;

/** An agent unbinds a customer's wallet, for example when the customer lost the phone; the reason is audited. */
public interface ForceUnbindWallet {

    /** False if the binding is not this customer's or not bound. */
    boolean forceUnbind(ForceUnbindCommand command);
}
