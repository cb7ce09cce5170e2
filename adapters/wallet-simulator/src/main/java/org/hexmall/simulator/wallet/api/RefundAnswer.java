package org.hexmall.simulator.wallet.api;

/** What a simulated provider answers to a merchant's refund request. */
public sealed interface RefundAnswer {

    /**
     * The money is back in the account (now, or when this refund number was first asked for).
     *
     * @param providerRefund the provider's own reference for the refund
     */
    record Refunded(String providerRefund) implements RefundAnswer {
    }

    /**
     * Taken, not final yet: the provider confirms the refund later with a signed notification, succeeded or failed,
     * as WeChat Pay does. Asking again with the same number answers how it ended.
     *
     * @param providerRefund the provider's own reference for the refund
     */
    record Processing(String providerRefund) implements RefundAnswer {
    }

    /** Nothing was refunded, and why, in words for the merchant's logs and agents. */
    record Refused(String why) implements RefundAnswer {
    }

    /** The provider cannot serve requests now: where a real one would answer HTTP 503. */
    record ServiceUnavailable() implements RefundAnswer {
    }
}
