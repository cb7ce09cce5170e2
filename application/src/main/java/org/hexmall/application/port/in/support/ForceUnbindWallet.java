package org.hexmall.application.port.in.support;

/**
 * An agent unbinds a customer's wallet, for example when the customer lost the phone; the reason is audited. As when
 * the customer unbinds it, hexmall has the provider cancel its authorization.
 */
public interface ForceUnbindWallet {

    /** False if the binding is not this customer's or not bound, or the agent's role may not unbind wallets. */
    boolean forceUnbind(ForceUnbindCommand command);
}
