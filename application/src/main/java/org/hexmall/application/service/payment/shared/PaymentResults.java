package org.hexmall.application.service.payment.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.wallet.ProviderMessage.PaymentCancelled;
import org.hexmall.application.port.out.wallet.ProviderMessage.PaymentFailed;
import org.hexmall.application.port.out.wallet.ProviderMessage.PaymentResult;
import org.hexmall.application.port.out.wallet.ProviderMessage.PaymentSucceeded;
import org.hexmall.application.service.promotion.shared.PromotionSettlement;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.payment.ChargeOrRefund;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Applies a payment's signed result, whichever way it came: back through the customer's browser or as the
 * provider's notification. Whichever arrives first settles the payment and, through {@link ChargeOrRefund},
 * confirms the order, and settles the payment's promotions ({@link PromotionSettlement}) in the same transaction;
 * the other, and every retry after it, finds the work done and is noted as a duplicate. A
 * result that names the payment but not its provider, order number or amount is refused.
 * <p>
 * Results are not refused as replays: applying one again changes nothing, and providers sign each retry afresh
 * anyway. What protects the store is the signature and the match with the payment it names.
 */
public final class PaymentResults {

    /** How the result reached the store. */
    public enum Channel {
        RETURN, NOTIFICATION
    }

    /** What the store made of a result. */
    public sealed interface Outcome {

        /**
         * The payment as it is now.
         *
         * @param changed false when the payment had an outcome already
         */
        record Applied(Payment payment, boolean changed) implements Outcome {
        }

        /** Not applied: it names no payment of this customer, or not the payment's provider, number or amount. */
        record Refused(String why) implements Outcome {
        }
    }

    private final Payments payments;
    private final Orders orders;
    private final TransactionRunner transactions;
    private final DoublePaymentRefunds doublePayments;
    private final PromotionSettlement promotions;
    private final Clock clock;

    public PaymentResults(Payments payments, Orders orders, TransactionRunner transactions,
                          DoublePaymentRefunds doublePayments, PromotionSettlement promotions, Clock clock) {
        this.payments = payments;
        this.orders = orders;
        this.transactions = transactions;
        this.doublePayments = doublePayments;
        this.promotions = promotions;
        this.clock = clock;
    }

    /**
     * Applies the result under the order's lock, then, outside the transaction, gives the money back if it
     * charged an order that was paid already or had closed.
     *
     * @param customer the customer who brought it back through the browser; empty for a notification
     */
    public Outcome apply(WalletProvider provider, PaymentResult result, Channel channel,
                         Optional<CustomerId> customer) {
        Outcome outcome = transactions.inTransaction(() -> applyLocked(provider, result, channel, customer));
        if (outcome instanceof Outcome.Applied applied && applied.payment().isRefundDue()) {
            return new Outcome.Applied(doublePayments.giveBack(applied.payment()), applied.changed());
        }
        return outcome;
    }

    private Outcome applyLocked(WalletProvider provider, PaymentResult result, Channel channel,
                                Optional<CustomerId> customer) {
        // The order's lock first, then the payment: read under the lock, it is as the last change left it.
        Optional<Order> locked = orders.lockPaidBy(result.payment());
        if (locked.isEmpty()) {
            return new Outcome.Refused("no payment " + result.payment());
        }
        Order order = locked.get();
        Payment payment = payments.findById(result.payment()).orElseThrow();
        if (customer.isPresent() && !payment.customerId().equals(customer.get())) {
            return new Outcome.Refused("payment " + payment.id() + " is another customer's");
        }
        Instant now = clock.instant();
        if (payment.provider() != provider || !payment.orderNumber().grouped().equals(result.orderNumber())
                || !payment.amount().equals(result.amount())) {
            payment.note(PaymentNote.MISMATCH_REFUSED, now);
            payments.update(payment);
            return new Outcome.Refused("provider, order number or amount does not match payment " + payment.id());
        }
        payment.note(channel == Channel.RETURN ? PaymentNote.RETURN_RECEIVED : PaymentNote.NOTIFICATION_RECEIVED, now);
        PaymentStatus settlesAs = switch (result) {
            case PaymentSucceeded succeeded -> PaymentStatus.SUCCEEDED;
            case PaymentFailed failed -> PaymentStatus.FAILED;
            case PaymentCancelled cancelled -> PaymentStatus.CANCELLED;
        };
        if (!payment.status().canMoveTo(settlesAs)) {
            payment.note(PaymentNote.DUPLICATE_IGNORED, now);
            payments.update(payment);
            return new Outcome.Applied(payment, false);
        }
        for (int wrong = 0; wrong < result.wrongPasswords(); wrong++) {
            payment.note(PaymentNote.WRONG_PAYMENT_PASSWORD, now);
        }
        switch (result) {
            case PaymentSucceeded succeeded -> {
                if (ChargeOrRefund.charged(payment, order, succeeded.transaction(), now)
                        == ChargeOrRefund.Outcome.ORDER_PAID) {
                    orders.update(order);
                }
            }
            case PaymentFailed failed -> payment.fail(failed.reason(), failed.lockedUntil(), now);
            case PaymentCancelled cancelled -> payment.cancel(now);
        }
        payments.update(payment);
        promotions.settle(payment, now);
        return new Outcome.Applied(payment, true);
    }
}
