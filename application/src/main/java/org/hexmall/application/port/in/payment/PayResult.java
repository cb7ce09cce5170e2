package org.hexmall.application.port.in.payment;

import java.net.URI;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.security.StepUpFactor;

/** What became of a request to pay. */
public sealed interface PayResult {

    /**
     * Send the customer to the wallet app to confirm with the payment password; {@code charge} is what the wallet app
     * asks for there.
     */
    record GoToWallet(PaymentId payment, URI walletPage, PaymentAmount charge) implements PayResult {
    }

    /** The payment failed before the wallet app, for that reason; nothing was charged and the order stays payable. */
    record Failed(PaymentId payment, PaymentFailureReason reason) implements PayResult {
    }

    /**
     * The provider did not answer: the store is finding out whether this payment, of {@code charge}, went through.
     */
    record Confirming(PaymentId payment, PaymentAmount charge) implements PayResult {
    }

    /**
     * This request's payment, of {@code charge}, succeeded already (its result arrived before the provider's answer to
     * the request).
     */
    record Paid(PaymentId payment, PaymentAmount charge) implements PayResult {
    }

    /**
     * This request's payment ended without a charge: the customer left the wallet app, or the store closed it.
     * The order stays payable while it has time left.
     */
    record Ended(PaymentId payment, PaymentStatus status, PaymentAmount charge) implements PayResult {
    }

    /**
     * An earlier payment of the order is still being confirmed, or could not be closed at its provider: nothing
     * new started, so that the customer is not charged twice. Follow that payment; once it ends unpaid, paying
     * is offered again.
     */
    record PaymentUnderWay(PaymentId payment) implements PayResult {
    }

    /** The customer has no bound wallet, or the chosen one is not bound: bind one, and the order stays payable. */
    record NoWalletBound() implements PayResult {
    }

    /** Several wallets are bound and none is preferred: the customer chooses which one pays. */
    record ChooseWallet() implements PayResult {
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

    /**
     * The risk rules refused this payment and held it for customer service to review: nothing was charged, the order
     * stays payable, and the customer is asked to contact customer service.
     */
    record RiskRefused() implements PayResult {
    }

    /**
     * An earlier block holds the account's payments for its safety, until customer service lifts the hold or its
     * period ends: the rules did not even look at this one, nothing was charged, and the customer is asked to contact
     * customer service.
     */
    record RiskHeld() implements PayResult {
    }

    /**
     * The risk rules ask the customer to prove it is them first, with {@code factor}; nothing started yet. The
     * {@code alert} raised on it is where the outcome of the check is recorded.
     */
    record VerificationRequired(StepUpFactor factor, RiskAlertId alert) implements PayResult {
    }

    /**
     * The customer pays from a device trusted only recently: send them to the wallet app to re-confirm the wallet
     * with its payment password first; nothing started yet. Once they approve, the payment goes ahead. The wallet
     * app sends the customer back to {@code returnTo} with its answer in the query.
     */
    record ReconfirmWallet(URI walletPage, URI returnTo) implements PayResult {
    }

    /**
     * The wallet must be re-confirmed first, and its app could not be reached: nothing started; trying again in a
     * moment may work.
     */
    record ReconfirmationUnavailable() implements PayResult {
    }
}
