package org.hexmall.application.service.payment;

import java.time.Duration;
import java.util.Optional;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.payment.PricedPayment;
import org.hexmall.application.port.in.payment.ViewPayment;
import org.hexmall.application.port.out.persistence.PaymentPricings;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentId;

/**
 * One look at a payment: a single read, and, when the caller asks, one wait for it to change; with its price, one read
 * of the frozen breakdown more.
 */
public final class ViewPaymentService implements ViewPayment {

    private final Payments payments;
    private final PaymentPricings pricings;
    private final TransactionRunner transactions;

    public ViewPaymentService(Payments payments, PaymentPricings pricings, TransactionRunner transactions) {
        this.payments = payments;
        this.pricings = pricings;
        this.transactions = transactions;
    }

    @Override
    public Optional<PaymentView> view(CustomerId customerId, PaymentId paymentId, Duration atMost) {
        Optional<Payment> found = read(customerId, paymentId);
        Duration wait = atMost.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : atMost;
        if (found.isPresent() && !found.get().isSettled() && wait.isPositive()
                && payments.awaitChange(found.get(), wait)) {
            found = read(customerId, paymentId);
        }
        return found.map(PaymentView::of);
    }

    /** The same look, and one read more: the frozen price, which never changes once written. */
    @Override
    public Optional<PricedPayment> viewPriced(CustomerId customerId, PaymentId paymentId, Duration atMost) {
        return view(customerId, paymentId, atMost).map(payment -> new PricedPayment(payment,
                transactions.withoutTransaction(() -> pricings.find(paymentId))));
    }

    private Optional<Payment> read(CustomerId customerId, PaymentId paymentId) {
        return transactions.withoutTransaction(() -> payments.findById(paymentId))
                .filter(payment -> payment.customerId().equals(customerId));
    }
}
