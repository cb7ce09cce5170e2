package org.hexmall.application.port.in.payment;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** Where the customer stands after coming back from the wallet app. */
public sealed interface PaymentReturn {

    /** Paid: the order is confirmed. */
    record Paid(PaymentView payment) implements PaymentReturn {
    }

    /**
     * Not paid, for the payment's failure reason; the order stays payable.
     *
     * @param attemptsLeft wrong payment passwords the wallet still accepts, after a wrong one
     * @param lockedUntil  until when the wallet refuses the payment password, after its lock
     */
    record NotPaid(PaymentView payment, OptionalInt attemptsLeft, Optional<Instant> lockedUntil)
            implements PaymentReturn {
    }

    /**
     * The wallet was charged, but the order needed no payment any more: another payment had paid it, or it had
     * closed unpaid. The money goes back to the wallet ({@link PaymentView#refundDue()} while it has not yet).
     */
    record ChargedAndRefunded(PaymentView payment) implements PaymentReturn {
    }

    /** The customer left the wallet app without paying; the order stays payable. */
    record Cancelled(PaymentView payment) implements PaymentReturn {
    }

    /** Not a result the store can trust; nothing changed. */
    record Untrusted(String why) implements PaymentReturn {
    }
}
