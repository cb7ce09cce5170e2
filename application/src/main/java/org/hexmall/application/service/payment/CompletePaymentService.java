package org.hexmall.application.service.payment;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.hexmall.application.port.in.payment.CompletePayment;
import org.hexmall.application.port.in.payment.PaymentReturn;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.application.service.payment.shared.PaymentResults.Outcome;
import org.hexmall.application.service.payment.shared.PaymentResults;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentId;

/**
 * Applies the result the customer brings back from the wallet app to the payment's return address, and says
 * where the customer stands. The address names the payment, so the store knows whose signature to check.
 */
public final class CompletePaymentService implements CompletePayment {

    private final Payments payments;
    private final TransactionRunner transactions;
    private final WalletProviderGateway gateway;
    private final PaymentResults results;

    public CompletePaymentService(Payments payments, TransactionRunner transactions, WalletProviderGateway gateway,
                                  PaymentResults results) {
        this.payments = payments;
        this.transactions = transactions;
        this.gateway = gateway;
        this.results = results;
    }

    @Override
    public PaymentReturn complete(CustomerId customerId, PaymentId paymentId, Map<String, String> parameters) {
        Optional<Payment> named = transactions.withoutTransaction(() -> payments.findById(paymentId))
                .filter(payment -> payment.customerId().equals(customerId));
        if (named.isEmpty()) {
            return new PaymentReturn.Untrusted("no payment " + paymentId + " of this customer");
        }
        ProviderMessage message = gateway.read(named.get().provider(), parameters);
        if (!(message instanceof ProviderMessage.PaymentResult result)) {
            return new PaymentReturn.Untrusted(message instanceof ProviderMessage.Unverifiable unverifiable
                    ? unverifiable.why() : "not a payment result");
        }
        if (!result.payment().equals(paymentId)) {
            return new PaymentReturn.Untrusted("the result names payment " + result.payment() + ", not " + paymentId);
        }
        return switch (results.apply(named.get().provider(), result, PaymentResults.Channel.RETURN,
                Optional.of(customerId))) {
            case Outcome.Refused refused -> new PaymentReturn.Untrusted(refused.why());
            case Outcome.Applied applied -> whereTheCustomerStands(applied.payment(), result);
        };
    }

    private static PaymentReturn whereTheCustomerStands(Payment payment, ProviderMessage.PaymentResult result) {
        PaymentView view = PaymentView.of(payment);
        return switch (payment.status()) {
            case SUCCEEDED -> payment.isDoublePayment() ? new PaymentReturn.ChargedAndRefunded(view)
                    : new PaymentReturn.Paid(view);
            case FAILED -> {
                // How many attempts are left, or until when the password is locked, only the wallet knows.
                OptionalInt attemptsLeft = OptionalInt.empty();
                Optional<Instant> lockedUntil = Optional.empty();
                if (result instanceof ProviderMessage.PaymentFailed failed) {
                    attemptsLeft = failed.attemptsLeft();
                    lockedUntil = failed.lockedUntil();
                }
                yield new PaymentReturn.NotPaid(view, attemptsLeft, lockedUntil);
            }
            case CANCELLED, CLOSED -> new PaymentReturn.Cancelled(view);
            case CREATED, AWAITING_CONFIRMATION, UNKNOWN ->
                    new PaymentReturn.Untrusted("payment " + payment.id() + " is still " + payment.status());
        };
    }
}
