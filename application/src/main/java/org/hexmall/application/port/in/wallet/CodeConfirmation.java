package org.hexmall.application.port.in.wallet;

/** The answer to a typed verification code. */
public sealed interface CodeConfirmation {

    /** Right code: next, the customer confirms in the wallet app. */
    record Accepted() implements CodeConfirmation {
    }

    record WrongCode(int entriesLeft) implements CodeConfirmation {
    }

    /**
     * The code of an earlier message, which a newer code replaced since (the customer asked for another): it was not
     * counted as a wrong entry, and the latest code still works.
     */
    record Replaced() implements CodeConfirmation {
    }

    /** Too many wrong entries: only a new code helps. */
    record Exhausted() implements CodeConfirmation {
    }

    /** The code is older than five minutes: only a new code helps. */
    record Expired() implements CodeConfirmation {
    }

    /** The binding is past this step, ended, or not the customer's. */
    record NotPending() implements CodeConfirmation {
    }
}
