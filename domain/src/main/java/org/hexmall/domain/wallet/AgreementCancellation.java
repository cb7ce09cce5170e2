package org.hexmall.domain.wallet;

/**
 * Where the cancellation of an ended binding's agreement stands at its provider. Until the provider cancels it, the
 * agreement lets hexmall charge the account and the wallet app lists hexmall as authorized, so a binding that the
 * customer or an agent ends in hexmall (unbound, replaced) asks the provider to cancel it. A binding the provider
 * ended itself (revoked in the wallet app) has nothing left to cancel.
 */
public enum AgreementCancellation {
    /** The provider has not yet said that the agreement is over; hexmall asks it until it does. */
    PENDING,
    /** The provider cancelled the agreement when hexmall asked. */
    CANCELLED,
    /**
     * The provider had ended the agreement already: the customer cancelled it in the wallet app, or an earlier
     * request of hexmall's did whose answer was lost on the way back.
     */
    ALREADY_ENDED
}
