package org.hexmall.application.port.in.wallet;

import java.net.URI;

/** What became of a customer's request to unbind a wallet from the device their session was opened on. */
public sealed interface Unbinding {

    /** The wallet stops paying at once; its authorization at the provider is being cancelled. */
    record Unbound() implements Unbinding {
    }

    /** It was not the customer's wallet, or not bound any more: nothing changed. */
    record NotBound() implements Unbinding {
    }

    /**
     * The customer unbinds from a device trusted only recently: send them to the wallet app to re-confirm the wallet
     * first; nothing changed yet. Once they approve, the unbinding goes ahead.
     */
    record ReconfirmFirst(URI walletPage) implements Unbinding {
    }

    /** The wallet must be re-confirmed first and its app cannot be reached: nothing changed; try again later. */
    record ReconfirmationUnavailable() implements Unbinding {
    }
}
