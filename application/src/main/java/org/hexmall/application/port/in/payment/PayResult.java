package org.hexmall.application.port.in.payment;

import java.net.URI;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;

/** What became of a request to pay. */
public sealed interface PayResult {

    /** Send the customer to the wallet app to confirm with the payment password. */
    record GoToWallet(PaymentId payment, URI walletPage) implements PayResult {
    }

    /** The payment failed before the wallet app, for that reason; nothing was charged and the order stays payable. */
    record Failed(PaymentId payment, PaymentFailureReason reason) implements PayResult {
    }

    /** The provider did not answer: the store is finding out whether the payment went through. */
    record Confirming(PaymentId payment) implements PayResult {
    }

    /** The customer has no bound wallet, or the chosen one is not bound: bind one, and the order stays payable. */
    record NoWalletBound() implements PayResult {
    }

    /** The order is paid already: nothing more to pay. */
    record AlreadyPaid(OrderId order) implements PayResult {
    }

    /** The order can no longer be paid (it closed). */
    record NotPayable(OrderStatus status) implements PayResult {
    }

    /** No such order among the customer's. */
    record NoSuchOrder() implements PayResult {
    }

    /** The idempotency key was used before for a different request. */
    record KeyReused() implements PayResult {
    }

    /** The request that claimed the idempotency key is still running; ask again shortly. */
    record KeyInUse() implements PayResult {
    }
}
