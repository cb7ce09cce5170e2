package org.hexmall.application.port.in.refund;

import java.util.List;

/** What became of an action on a refund case. */
public sealed interface RefundCaseOutcome {

    /** Done: the case as it stands now. */
    record Done(RefundCaseView refundCase) implements RefundCaseOutcome {
    }

    /** The agent's role does not allow the action. */
    record NotAllowed() implements RefundCaseOutcome {
    }

    /**
     * Refused by a rule, named by a stable code: {@code refund.own-request}, {@code refund.status} (decided
     * already), {@code refund.quantity-exceeds}, {@code refund.order-not-paid}, {@code refund.not-found}…
     */
    record Refused(String code, List<Object> arguments) implements RefundCaseOutcome {

        public Refused {
            arguments = List.copyOf(arguments);
        }

        public Refused(String code) {
            this(code, List.of());
        }
    }
}
