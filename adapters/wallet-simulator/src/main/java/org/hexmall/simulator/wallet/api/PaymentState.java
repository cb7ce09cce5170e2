package org.hexmall.simulator.wallet.api;

/** Where a payment at a simulated provider stands. Only an open payment changes; the others are how it ended. */
public enum PaymentState {
    /** Waiting for the customer on the pay page. */
    OPEN,
    /** The account was charged. */
    PAID,
    /** The customer went back to the store without paying or typing a wrong password. */
    CANCELLED,
    /** Ended without a charge, for a reason of the provider's own (balance, wrong or locked password). */
    FAILED,
    /** The merchant closed it before the customer paid. */
    CLOSED
}
