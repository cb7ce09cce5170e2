package org.hexmall.domain.payment;

import java.util.List;
import java.util.Optional;

/**
 * Why the store took a payment back before it had an outcome: whatever the customer does in the wallet app, it may no
 * longer pay its order. The store closes it at the provider, and {@link ChargeOrRefund} gives back a charge confirmed
 * for it anyway. Each is noted in the payment's timeline as the note of the same name, and is the last word of a
 * payment closed so.
 */
public enum Withdrawal {
    /** The wallet that pays it was unbound: by the customer, by an agent, or replaced. */
    WALLET_UNBOUND(PaymentNote.WALLET_UNBOUND),
    /** The customer's account was frozen: by the customer or by customer service. */
    ACCOUNT_FROZEN(PaymentNote.ACCOUNT_FROZEN);

    private final PaymentNote note;

    Withdrawal(PaymentNote note) {
        this.note = note;
    }

    /** How the payment's timeline says it. */
    public PaymentNote note() {
        return note;
    }

    /** The withdrawal a payment's timeline notes first, if it notes one. */
    public static Optional<Withdrawal> notedIn(List<PaymentEvent> timeline) {
        for (PaymentEvent event : timeline) {
            for (Withdrawal why : values()) {
                if (event.is(why.note)) {
                    return Optional.of(why);
                }
            }
        }
        return Optional.empty();
    }
}
