package org.hexmall.application.service.payment.shared;

import java.time.Clock;
import java.util.Optional;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.wallet.RefundRequest;
import org.hexmall.application.port.out.wallet.RefundResult;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.payment.Refund;
import org.hexmall.domain.payment.RefundReason;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;

/**
 * Gives money back from a successful payment, in full or in part, through the provider: checks the refund against
 * the payment, asks the provider outside any transaction, then records what it answered. The refund number makes
 * every step safe to repeat: the provider refunds a number once, and the payment records it once, so asking again
 * with a number answers the first result. The payment area gives double payments back with it.
 */
public final class Refunds {

    /** Refund numbers are short references, as providers take them. */
    private static final int MAX_REFUND_NUMBER_LENGTH = 64;

    private final Payments payments;
    private final Orders orders;
    private final TransactionRunner transactions;
    private final WalletProviderGateway gateway;
    private final Clock clock;

    public Refunds(Payments payments, Orders orders, TransactionRunner transactions,
                   WalletProviderGateway gateway, Clock clock) {
        this.payments = payments;
        this.orders = orders;
        this.transactions = transactions;
        this.gateway = gateway;
        this.clock = clock;
    }

    public RefundOutcome refund(PaymentId paymentId, String refundNumber, Money amount, RefundReason reason) {
        return refund(paymentId, refundNumber, amount, reason, () -> { });
    }

    /**
     * The same, running {@code alsoWhenRecorded} in the transaction that records the money given back, once, under
     * the order's lock: what else the refund changes is stored with it, or not at all.
     */
    public RefundOutcome refund(PaymentId paymentId, String refundNumber, Money amount, RefundReason reason,
                                Runnable alsoWhenRecorded) {
        if (refundNumber == null || refundNumber.isBlank() || refundNumber.length() > MAX_REFUND_NUMBER_LENGTH) {
            return new RefundOutcome.Refused("payment.refund-number-invalid");
        }
        Optional<Payment> found = transactions.withoutTransaction(() -> payments.findById(paymentId));
        if (found.isEmpty()) {
            return new RefundOutcome.Refused("payment.not-found");
        }
        Optional<RefundOutcome> answered = check(found.get(), refundNumber, amount);
        if (answered.isPresent()) {
            return answered.get();
        }
        RefundResult result = gateway.refund(new RefundRequest(found.get().provider(), paymentId, refundNumber,
                amount));
        if (result instanceof RefundResult.Processing) {
            // Nothing to record until the provider's notice says how it ended (see confirmed).
            return new RefundOutcome.Processing();
        }
        return transactions.inTransaction(() -> record(paymentId, refundNumber, amount, reason, result,
                alsoWhenRecorded));
    }

    /**
     * Records a refund that the provider confirmed with a notice after answering "processing", once, under the order's
     * lock, running {@code alsoWhenRecorded} in the same transaction. True if this recorded it, false if it was
     * recorded before (a repeated notice, or reconciliation's answer first). Refuses, by a
     * {@link DomainException}, an amount other than the one recorded under the number, or more than is left.
     */
    public boolean confirmed(PaymentId paymentId, String refundNumber, Money amount, RefundReason reason,
                             String providerRefund, Runnable alsoWhenRecorded) {
        return transactions.inTransaction(() -> {
            orders.lockPaidBy(paymentId).orElseThrow();
            Payment payment = payments.findById(paymentId).orElseThrow();
            if (!payment.refunded(new Refund(refundNumber, amount, reason, clock.instant(), providerRefund))) {
                return false;
            }
            alsoWhenRecorded.run();
            payments.update(payment);
            return true;
        });
    }

    /** The answer without asking the provider, if there is one: refused, or refunded already under this number. */
    private static Optional<RefundOutcome> check(Payment payment, String refundNumber, Money amount) {
        Optional<Refund> sameNumber = payment.refunds().stream()
                .filter(refund -> refund.requestNumber().equals(refundNumber))
                .findFirst();
        if (sameNumber.isPresent()) {
            return Optional.of(sameNumber.get().amount().equals(amount)
                    ? new RefundOutcome.Refunded(PaymentView.of(payment))
                    : new RefundOutcome.Refused("payment.refund-number-reused"));
        }
        try {
            payment.checkRefundable(amount);
        } catch (DomainException refused) {
            return Optional.of(new RefundOutcome.Refused(refused.code()));
        }
        return Optional.empty();
    }

    private RefundOutcome record(PaymentId paymentId, String refundNumber, Money amount, RefundReason reason,
                                 RefundResult result, Runnable alsoWhenRecorded) {
        orders.lockPaidBy(paymentId).orElseThrow();
        Payment payment = payments.findById(paymentId).orElseThrow();
        RefundOutcome outcome = switch (result) {
            case RefundResult.Refunded refunded -> {
                if (payment.refunded(new Refund(refundNumber, amount, reason, clock.instant(),
                        refunded.providerRefund()))) {
                    alsoWhenRecorded.run();
                }
                yield new RefundOutcome.Refunded(PaymentView.of(payment));
            }
            case RefundResult.Refused refused -> {
                payment.note(PaymentNote.REFUND_FAILED, clock.instant());
                yield new RefundOutcome.Refused("payment.refund-refused", refused.why());
            }
            case RefundResult.Processing processing -> new RefundOutcome.Processing();
            case RefundResult.ProviderUnavailable unavailable -> {
                payment.note(PaymentNote.REFUND_FAILED, clock.instant());
                yield new RefundOutcome.TryLater(unavailable.detail());
            }
        };
        payments.update(payment);
        return outcome;
    }
}
