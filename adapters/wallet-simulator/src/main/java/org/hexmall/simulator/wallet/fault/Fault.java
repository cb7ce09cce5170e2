package org.hexmall.simulator.wallet.fault;

/**
 * Trouble that a simulated provider can be told to have, for one account or for all its accounts, so that
 * every failure the store must handle can be produced on demand.
 */
public enum Fault {

    /** The provider answers at once that it is unavailable, as a provider in maintenance or behind a network outage would. */
    PROVIDER_DOWN,

    /**
     * The provider never answers; the store's gateway gives up after its own timeout. What the request asks
     * for still happens (a payment is created, closed or refunded, an agreement cancelled), as when a real answer
     * is lost on the way back: only asking again tells the store.
     */
    TIMEOUT,

    /** The provider answers normally, but late: still within the gateway's timeout. */
    SLOW,

    /**
     * The provider says it has no such account, even when it has one. A payment for an agreement with the
     * account is refused as "agreement not valid"; queries, closes, refunds and cancellations are not affected.
     */
    ACCOUNT_NOT_FOUND,

    /**
     * Every notification is delivered three times, each copy signed afresh with its own nonce and retried on
     * its own, as real providers do now and then: the store must act on the first and shrug off the others.
     * Requests are answered normally.
     */
    DUPLICATE_NOTIFICATIONS,

    /**
     * Every notification is first sent only as late as the provider's first retry would come (a few seconds
     * for a provider without retries), so the customer's browser brings the result back first and the
     * notification arrives late. Requests are answered normally.
     */
    DELAYED_NOTIFICATIONS,

    /**
     * Refunds do not go through. A provider that confirms refunds later (WeChat Pay) takes the request, answers
     * "processing", and later notifies the store that the refund failed, with nothing credited; the others refuse
     * the request at once. Either way the refund number stays failed: asking again refunds nothing.
     */
    REFUNDS_FAIL,

    /**
     * The provider declines every payment its customer confirms, even with the right payment password, and gives
     * no reason, as a wallet's own risk control or an account restricted by the provider does: the payment ends
     * failed as declined and nothing is charged. The store hears it as it hears a balance too low, through the
     * customer's browser and when it asks. Requests are answered normally.
     */
    DECLINES_PAYMENTS
}
