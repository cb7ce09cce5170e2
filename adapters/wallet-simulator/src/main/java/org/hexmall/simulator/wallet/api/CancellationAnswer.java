package org.hexmall.simulator.wallet.api;

/** What a simulated provider answers to a merchant's request to cancel one of its agreements. */
public sealed interface CancellationAnswer {

    /** The agreement ended now: the merchant may no longer charge the account, and the wallet app no longer lists it. */
    record Cancelled() implements CancellationAnswer {
    }

    /** No active agreement by that token here: it had ended already, or never existed. Nothing changed. */
    record NotActive() implements CancellationAnswer {
    }

    /** The provider cannot serve requests now, and changed nothing: where a real one would answer HTTP 503. */
    record ServiceUnavailable() implements CancellationAnswer {
    }
}
