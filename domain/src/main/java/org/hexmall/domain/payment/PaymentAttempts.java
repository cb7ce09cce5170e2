package org.hexmall.domain.payment;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.hexmall.domain.wallet.BindingId;

/**
 * The payments made for one order, and what they allow next. At most one of them may be chargeable at a time:
 * while one is being confirmed no other starts, and one waiting in another wallet's app is closed before a new
 * one starts, so that a customer is never charged twice for one order.
 */
public final class PaymentAttempts {

    private final List<Payment> payments;

    private PaymentAttempts(List<Payment> payments) {
        this.payments = payments.stream().sorted(Comparator.comparing(Payment::createdAt)).toList();
    }

    /** @param payments every payment of one order */
    public static PaymentAttempts of(List<Payment> payments) {
        if (payments.stream().map(Payment::orderId).distinct().count() > 1) {
            throw new IllegalArgumentException("payment attempts are those of one order");
        }
        return new PaymentAttempts(payments);
    }

    /** What paying with a wallet means now. */
    public sealed interface Next {
    }

    /** Nothing stands in the way: a new payment starts. */
    public record StartNew() implements Next {
    }

    /** A payment with this wallet waits for the customer in its app: send the customer there again. */
    public record Resume(Payment payment) implements Next {
        public Resume {
            Objects.requireNonNull(payment, "payment");
        }
    }

    /** The store does not yet know what became of this payment: nothing starts until it does. */
    public record WaitFor(Payment payment) implements Next {
        public WaitFor {
            Objects.requireNonNull(payment, "payment");
        }
    }

    /**
     * A payment waits in another wallet's app, or was taken back by the store: it is closed at its provider before a
     * new one starts.
     */
    public record CloseFirst(Payment payment) implements Next {
        public CloseFirst {
            Objects.requireNonNull(payment, "payment");
        }
    }

    /** What asking to pay the order with {@code wallet} leads to. */
    public Next payingWith(BindingId wallet) {
        Optional<Payment> confirming = beingConfirmed();
        if (confirming.isPresent()) {
            return new WaitFor(confirming.get());
        }
        Optional<Payment> waiting = newest(payment -> payment.status() == PaymentStatus.AWAITING_CONFIRMATION);
        if (waiting.isEmpty()) {
            return new StartNew();
        }
        // One the store took back may no longer pay: it is closed, even with the same wallet, and another starts.
        boolean resumable = waiting.get().bindingId().equals(wallet) && !waiting.get().isWithdrawn();
        return resumable ? new Resume(waiting.get()) : new CloseFirst(waiting.get());
    }

    /** The payment whose outcome the store is still finding out, if there is one. */
    public Optional<Payment> beingConfirmed() {
        return newest(payment -> payment.status().isBeingConfirmed());
    }

    /** The payments, oldest first. */
    public List<Payment> all() {
        return payments;
    }

    private Optional<Payment> newest(Predicate<Payment> condition) {
        return payments.stream().filter(condition).reduce((earlier, later) -> later);
    }
}
