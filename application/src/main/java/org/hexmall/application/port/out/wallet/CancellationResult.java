package org.hexmall.application.port.out.wallet;

/** The provider's answer to a request to cancel a binding's agreement. */
public sealed interface CancellationResult {

    /** The provider cancelled the agreement: the store may no longer charge the account. */
    record Cancelled() implements CancellationResult {
    }

    /**
     * The provider has no agreement by that token left to cancel: the customer cancelled it in the wallet app, or an
     * earlier request of the store's did. Either way it is over.
     */
    record AlreadyEnded() implements CancellationResult {
    }

    /**
     * The provider could not be reached, failed, or did not answer in time: the agreement may or may not have
     * ended. Asking again is safe.
     */
    record ProviderUnavailable(String detail) implements CancellationResult {
    }
}
