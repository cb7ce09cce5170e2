package org.hexmall.application.service.payment;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.hexmall.application.port.in.payment.CompletePayment;
import org.hexmall.application.port.in.payment.PaymentReturn;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.application.service.payment.PaymentOutcomes.Outcome;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.wallet.WalletProvider;

/** Applies the result the customer brings back from the wallet app, and says where the customer stands. */
public final class CompletePaymentService implements CompletePayment {

    private final WalletProviderGateway gateway;
    private final PaymentOutcomes outcomes;

    public CompletePaymentService(WalletProviderGateway gateway, PaymentOutcomes outcomes) {
        this.gateway = gateway;
        this.outcomes = outcomes;
    }

    @Override
    public PaymentReturn complete(CustomerId customerId, WalletProvider provider, Map<String, String> parameters) {
        ProviderMessage message = gateway.read(provider, parameters);
        if (!(message instanceof ProviderMessage.PaymentResult result)) {
            return new PaymentReturn.Untrusted(message instanceof ProviderMessage.Unverifiable unverifiable
                    ? unverifiable.why() : "not a payment result");
        }
        return switch (outcomes.apply(provider, result, PaymentOutcomes.Channel.RETURN, Optional.of(customerId))) {
            case Outcome.Refused refused -> new PaymentReturn.Untrusted(refused.why());
            case Outcome.Applied applied -> whereTheCustomerStands(applied, result);
        };
    }

    private static PaymentReturn whereTheCustomerStands(Outcome.Applied applied, ProviderMessage.PaymentResult result) {
        Payment payment = applied.payment();
        PaymentView view = PaymentView.of(payment, applied.order().number());
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
            case CANCELLED -> new PaymentReturn.Cancelled(view);
            case CREATED, AWAITING_CONFIRMATION, UNKNOWN ->
                    new PaymentReturn.Untrusted("payment " + payment.id() + " is still " + payment.status());
        };
    }
}
