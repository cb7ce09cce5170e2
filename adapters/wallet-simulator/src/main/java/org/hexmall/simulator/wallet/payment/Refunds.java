package org.hexmall.simulator.wallet.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.api.PaymentState;
import org.hexmall.simulator.wallet.api.RefundAnswer;
import org.hexmall.simulator.wallet.notification.SimulatorTokens;

/**
 * Money a merchant gives back from a paid payment, in part or in full, into the account's balance. Each refund
 * number refunds once: asking again answers the first refund and moves no more money.
 */
public final class Refunds {

    private final PaymentRecords records;
    private final Clock clock;

    public Refunds(PaymentRecords records, Clock clock) {
        this.records = records;
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
        var asked = new SimulatedRefund(payment.provider(), refundNumber, SimulatorTokens.reference(now),
                payment.id(), amountFen, now);
        Optional<SimulatedRefund> kept = records.refund(asked);
        if (kept.isEmpty()) {
            SimulatedPayment current = records.find(payment.id()).orElseThrow();
            return new RefundAnswer.Refused(current.status() != PaymentState.PAID ? "the payment is not paid"
                    : "more than is left to refund: " + Money.ofFen(current.refundableFen()) + " left");
        }
        if (!kept.get().paymentId().equals(asked.paymentId()) || kept.get().amountFen() != amountFen) {
            return new RefundAnswer.Refused("the refund number was used for another refund");
        }
        return new RefundAnswer.Refunded(kept.get().providerRefund());
    }

    /** The refunds of the payment the merchant asked for with that id, oldest first; none for an unknown one. */
    public List<SimulatedRefund> of(WalletProvider provider, PaymentId merchantPayment) {
        return records.find(provider, merchantPayment).map(payment -> records.refundsOf(payment.id()))
                .orElse(List.of());
    }
}
