package org.hexmall.application.port.in.payment;

import java.time.Duration;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;

/** A customer looks at one of their payments, such as the "confirming your payment" page refreshing. */
public interface ViewPayment {

    /** The longest a caller may ask to wait for a payment's outcome. */
    Duration LONGEST_WAIT = Duration.ofSeconds(10);

    /** Empty when there is no such payment, or it pays another customer's order. */
    default Optional<PaymentView> view(CustomerId customerId, PaymentId paymentId) {
        return view(customerId, paymentId, Duration.ZERO);
    }

    /**
     * As {@link #view(CustomerId, PaymentId)}, but while the payment is still under way, waits up to
     * {@code atMost} (capped at {@link #LONGEST_WAIT}) for it to change, so that a client need not ask again and
     * again.
     */
    Optional<PaymentView> view(CustomerId customerId, PaymentId paymentId, Duration atMost);

    /**
     * As {@link #view(CustomerId, PaymentId, Duration)}, with the price frozen on the payment when it started. The
     * store's use case reads that price; this default, for a view that keeps no prices, has none.
     */
    default Optional<PricedPayment> viewPriced(CustomerId customerId, PaymentId paymentId, Duration atMost) {
        return view(customerId, paymentId, atMost).map(payment -> new PricedPayment(payment, Optional.empty()));
    }
}
