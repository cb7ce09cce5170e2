package org.hexmall.application.service.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.payment.RefundPayment;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.wallet.ProviderMessage.PaymentCancelled;
import org.hexmall.application.port.out.wallet.ProviderMessage.PaymentFailed;
import org.hexmall.application.port.out.wallet.ProviderMessage.PaymentResult;
import org.hexmall.application.port.out.wallet.ProviderMessage.PaymentSucceeded;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.payment.RefundReason;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Applies a payment's signed result, whichever way it came: back through the customer's browser or as the
 * provider's notification. Whichever arrives first settles the payment and confirms the order; the other, and
 * every retry after it, finds the work done and is noted as a duplicate. A result that names the payment but
 * not its order number or amount is refused.
 * <p>
 * Results are not refused as replays: applying one again changes nothing, and providers sign each retry afresh
 * anyway. What protects the store is the signature and the match with the payment it names.
 */
public final class PaymentOutcomes {

    /** How the result reached the store. */
    public enum Channel {
        RETURN, NOTIFICATION
    }

    /** What the store made of a result. */
    public sealed interface Outcome {

        /**
         * The payment as it is now.
         *
         * @param changed false when the payment had this outcome already
         */
        record Applied(Payment payment, Order order, boolean changed) implements Outcome {
        }

        /** Not applied: it names no payment of this customer, or not the payment's order number or amount. */
        record Refused(String why) implements Outcome {
        }
    }

    private final Payments payments;
    private final Orders orders;
    private final TransactionRunner transactions;
    private final RefundPayment refunds;
    private final Clock clock;

    public PaymentOutcomes(Payments payments, Orders orders, TransactionRunner transactions, RefundPayment refunds,
                           Clock clock) {
        this.payments = payments;
        this.orders = orders;
        this.transactions = transactions;
        this.refunds = refunds;
        this.clock = clock;
    }

    /**
     * Applies the result, then, outside the transaction, gives the money back if it charged an order that was
     * paid already or had closed.
     *
     * @param customer the customer who brought it back through the browser; empty for a notification
     */
    public Outcome apply(WalletProvider provider, PaymentResult result, Channel channel,
                         Optional<CustomerId> customer) {
        Outcome outcome = transactions.inTransaction(() -> applyLocked(provider, result, channel, customer));
        if (outcome instanceof Outcome.Applied applied && applied.payment().isRefundDue()) {
            refundDoublePayment(applied.payment());
            Payment afterRefund = transactions.inTransaction(() -> payments.findById(applied.payment().id()))
                    .orElseThrow();
            return new Outcome.Applied(afterRefund, applied.order(), applied.changed());
        }
        return outcome;
    }

    private Outcome applyLocked(WalletProvider provider, PaymentResult result, Channel channel,
                                Optional<CustomerId> customer) {
        Optional<Payment> named = payments.findById(result.payment());
        if (named.isEmpty()) {
            return new Outcome.Refused("no payment " + result.payment());
        }
        Order order = orders.lockById(named.get().orderId()).orElseThrow();
        // Read again under the order's lock: another result for this payment may have settled it meanwhile.
        Payment payment = payments.findById(result.payment()).orElseThrow();
        if (customer.isPresent() && !order.customerId().equals(customer.get())) {
            return new Outcome.Refused("payment " + payment.id() + " pays another customer's order");
        }
        Instant now = clock.instant();
        if (payment.provider() != provider || !order.number().grouped().equals(result.orderNumber())
                || !payment.amount().equals(result.amount())) {
            payment.note(PaymentNote.MISMATCH_REFUSED, now);
            payments.update(payment);
            return new Outcome.Refused("provider, order number or amount does not match payment " + payment.id());
        }
        payment.note(channel == Channel.RETURN ? PaymentNote.RETURN_RECEIVED : PaymentNote.NOTIFICATION_RECEIVED, now);
        boolean changed = switch (result) {
            case PaymentSucceeded succeeded -> {
                if (!payment.status().canMoveTo(PaymentStatus.SUCCEEDED)) {
                    yield false;
                }
                noteWrongPasswords(payment, succeeded.wrongPasswords(), now);
                charged(payment, order, succeeded.transaction(), now);
                yield true;
            }
            case PaymentFailed failed -> {
                if (!payment.status().canMoveTo(PaymentStatus.FAILED)) {
                    yield false;
                }
                noteWrongPasswords(payment, failed.wrongPasswords(), now);
                payment.fail(failed.reason(), now);
                yield true;
            }
            case PaymentCancelled cancelled -> {
                if (!payment.status().canMoveTo(PaymentStatus.CANCELLED)) {
                    yield false;
                }
                noteWrongPasswords(payment, cancelled.wrongPasswords(), now);
                payment.cancel(now);
                yield true;
            }
        };
        if (!changed) {
            payment.note(PaymentNote.DUPLICATE_IGNORED, now);
        }
        payments.update(payment);
        orders.update(order);
        return new Outcome.Applied(payment, order, changed);
    }

    /**
     * The wallet was charged: the order is paid, unless another payment paid it first or it closed unpaid, in
     * which case this charge is owed back. Call while holding the order's lock.
     */
    void charged(Payment payment, Order order, String transaction, Instant now) {
        payment.succeed(transaction, now);
        if (order.isPayable()) {
            order.markPaid(now);
        } else {
            payment.chargedTwice(now);
        }
    }

    /** Gives back, in full, a charge for an order that needed none; a failure is retried by reconciliation. */
    void refundDoublePayment(Payment payment) {
        refunds.refund(payment.id(), doublePaymentRefundNumber(payment), payment.refundable(),
                RefundReason.DOUBLE_PAYMENT);
    }

    RefundPayment refunds() {
        return refunds;
    }

    /** One number per payment, so that however often it is tried, a double payment is refunded once. */
    static String doublePaymentRefundNumber(Payment payment) {
        return "DP-" + payment.id();
    }

    private static void noteWrongPasswords(Payment payment, int wrongPasswords, Instant now) {
        for (int i = 0; i < wrongPasswords; i++) {
            payment.note(PaymentNote.WRONG_PAYMENT_PASSWORD, now);
        }
    }
}
