package org.hexmall.simulator.wallet.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.api.PaymentState;
import org.hexmall.simulator.wallet.api.RefundAnswer;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.fault.Faults;
import org.hexmall.simulator.wallet.notification.MessageFields;
import org.hexmall.simulator.wallet.notification.MessageType;
import org.hexmall.simulator.wallet.notification.NotificationDelivery;
import org.hexmall.simulator.wallet.notification.SimulatorTokens;

/**
 * Money a merchant gives back from a paid payment, in part or in full, into the account's balance. Each refund
 * number refunds once: asking again answers the first refund and moves no more money.
 * <p>
 * WeChat Pay confirms refunds later, as the real one does: it credits the account, answers "processing", and tells
 * the store with a signed {@code refund_succeeded} notification, retried until acknowledged; the confirmation is
 * sent {@link org.hexmall.simulator.wallet.SimulatorTimings#refundConfirmation} after the request. The other
 * providers answer at once. With {@link Fault#REFUNDS_FAIL} nothing is credited: WeChat Pay
 * notifies {@code refund_failed}, the others refuse at once.
 */
public final class Refunds {

    /** The providers that answer a refund request "processing" and confirm it with a notification. */
    private static final Set<WalletProvider> CONFIRMED_LATER = Set.of(WalletProvider.WECHAT_PAY);
    static final String FAILED = "the refund did not go through";

    private final PaymentRecords records;
    private final Faults faults;
    private final NotificationDelivery notifications;
    private final Function<WalletProvider, Duration> confirmationDelay;
    private final Clock clock;

    /** @param confirmationDelay how long a provider that confirms refunds later takes to send the confirmation */
    public Refunds(PaymentRecords records, Faults faults, NotificationDelivery notifications,
                   Function<WalletProvider, Duration> confirmationDelay, Clock clock) {
        this.records = records;
        this.faults = faults;
        this.notifications = notifications;
        this.confirmationDelay = confirmationDelay;
        this.clock = clock;
    }

    /** A number used for another payment or amount is refused, as is more than is left to refund. */
    public RefundAnswer refund(SimulatedPayment payment, String refundNumber, long amountFen) {
        if (refundNumber.isBlank() || refundNumber.length() > SimulatedRefund.MAX_REFUND_NUMBER_LENGTH) {
            return new RefundAnswer.Refused("a refund number has 1 to " + SimulatedRefund.MAX_REFUND_NUMBER_LENGTH
                    + " characters");
        }
        if (amountFen <= 0) {
            return new RefundAnswer.Refused("a refund gives back at least one fen");
        }
        Instant now = clock.instant();
        boolean confirmedLater = CONFIRMED_LATER.contains(payment.provider());
        boolean fails = faults.faultFor(payment.provider(), Optional.of(payment.account()))
                .filter(Fault.REFUNDS_FAIL::equals).isPresent();
        if (fails && !confirmedLater) {
            return new RefundAnswer.Refused(FAILED);
        }
        var asked = new SimulatedRefund(payment.provider(), refundNumber, SimulatorTokens.reference(now),
                payment.id(), amountFen, now, fails);
        Optional<SimulatedRefund> kept = records.refund(asked);
        if (kept.isEmpty()) {
            SimulatedPayment current = records.find(payment.id()).orElseThrow();
            return new RefundAnswer.Refused(current.status() != PaymentState.PAID ? "the payment is not paid"
                    : "more than is left to refund: " + Money.ofFen(current.refundableFen()) + " left");
        }
        if (!kept.get().paymentId().equals(asked.paymentId()) || kept.get().amountFen() != amountFen) {
            return new RefundAnswer.Refused("the refund number was used for another refund");
        }
        if (!kept.get().providerRefund().equals(asked.providerRefund())) {
            // Asked before: how it ended.
            return kept.get().failed() ? new RefundAnswer.Refused(FAILED)
                    : new RefundAnswer.Refunded(kept.get().providerRefund());
        }
        if (!confirmedLater) {
            return new RefundAnswer.Refunded(asked.providerRefund());
        }
        notifications.sendLater(payment.provider(), Optional.of(payment.account()),
                fails ? MessageType.REFUND_FAILED : MessageType.REFUND_SUCCEEDED, confirmation(payment, asked),
                confirmationDelay.apply(payment.provider()));
        return new RefundAnswer.Processing(asked.providerRefund());
    }

    /** The refunds of the payment the merchant asked for with that id, oldest first; none for an unknown one. */
    public List<SimulatedRefund> of(WalletProvider provider, PaymentId merchantPayment) {
        return records.find(provider, merchantPayment).map(payment -> records.refundsOf(payment.id()))
                .orElse(List.of());
    }

    private static Map<String, String> confirmation(SimulatedPayment payment, SimulatedRefund refund) {
        Map<String, String> fields = new TreeMap<>(Map.of(
                MessageFields.PAYMENT, payment.merchantPayment().toString(),
                MessageFields.REFUND_NUMBER, refund.refundNumber(),
                MessageFields.PROVIDER_REFUND, refund.providerRefund(),
                MessageFields.AMOUNT_FEN, Long.toString(refund.amountFen())));
        if (refund.failed()) {
            fields.put(MessageFields.REASON, FAILED);
        }
        return fields;
    }
}
