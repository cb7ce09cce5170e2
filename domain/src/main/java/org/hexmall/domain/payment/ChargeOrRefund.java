package org.hexmall.domain.payment;

import java.time.Instant;
import org.hexmall.domain.checkout.Order;

/**
 * What a charge the provider confirms means for its order. It pays the order when the order still waits to be
 * paid; when the order needs no payment any more (another payment paid it, or it closed unpaid), or the store took
 * the payment back while it waited for its customer (its wallet was unbound, its account frozen: {@link Withdrawal}),
 * the charge is owed back to the customer in full: an order is never paid with a wallet the customer or an agent has
 * taken away, nor from an account nobody may pay with.
 */
public final class ChargeOrRefund {

    private ChargeOrRefund() {
    }

    /** What the charge came to. */
    public enum Outcome {
        /** The charge paid the order: it is confirmed. */
        ORDER_PAID,
        /** The order needed no payment, or the payment was taken back: the charge goes back to the wallet. */
        OWED_BACK
    }

    /**
     * Records the charge on the payment and its consequence on the order. Both must be the versions read
     * under the order's lock, so that two charges of one order are decided one after the other.
     */
    public static Outcome charged(Payment payment, Order order, String transaction, Instant now) {
        if (!payment.orderId().equals(order.id())) {
            throw new IllegalArgumentException("payment " + payment.id() + " does not pay order " + order.id());
        }
        payment.succeed(transaction, now);
        if (order.isPayable() && !payment.isWithdrawn()) {
            order.markPaid(now);
            return Outcome.ORDER_PAID;
        }
        payment.chargedTwice(now);
        return Outcome.OWED_BACK;
    }
}
