package org.hexmall.application.service.refund.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.Coupons;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.PaymentPricings;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.PointsLedger;
import org.hexmall.application.port.out.persistence.PromotionBudgets;
import org.hexmall.application.port.out.persistence.RefundCases;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WorkClaims;
import org.hexmall.application.service.payment.shared.DoublePaymentRefunds;
import org.hexmall.application.service.payment.shared.PaymentSettings;
import org.hexmall.application.service.payment.shared.RefundOutcome;
import org.hexmall.application.service.payment.shared.Refunds;
import org.hexmall.application.service.shared.ClaimedWork;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.payment.RefundReason;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponStatus;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.promotion.PriceBreakdown;
import org.hexmall.domain.promotion.RefundRequest;
import org.hexmall.domain.refund.BudgetReversal;
import org.hexmall.domain.refund.RefundCase;
import org.hexmall.domain.refund.RefundCaseId;
import org.hexmall.domain.refund.RefundCaseStatus;
import org.hexmall.domain.refund.RefundEffects;
import org.hexmall.domain.refund.RefundQuantities;
import org.hexmall.domain.refund.RefundQuote;
import org.hexmall.domain.refund.RefundsBefore;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;

/**
 * What every refund use case shares: pricing a choice of items from the payment's frozen price (or the order's line
 * prices without one), and sending a case to the provider. A case is sent with its refund number, the same at every
 * attempt, so the provider gives the money back once however often it is asked; the transaction that records the
 * money given back also applies the promotions' reversal and marks the case refunded. A refund the provider cannot
 * take now stays {@code REFUNDING}, and reconciliation sends it again; one it refuses outright is {@code FAILED},
 * with its answer, and never sent again. One it takes but confirms later (WeChat Pay answers "processing") stays
 * {@code REFUNDING}, waiting for the provider's notice ({@link #confirmed}, {@link #failedAtProvider}); if none
 * comes, reconciliation asks with the same number.
 */
public final class RefundRuns {

    /** How long reconciliation waits for a provider's confirmation of a refund it took before asking itself. */
    public static final Duration CONFIRMATION_PATIENCE = Duration.ofMinutes(10);
    /**
     * How long a case must have been under way before reconciliation sends it again: longer than the agent's own
     * request can be waiting for the provider's answer, so that a pass never sends a case while that request still is.
     */
    public static final Duration SEND_AGAIN_AFTER = PaymentSettings.PROVIDER_ANSWER_WAIT.multipliedBy(2);

    private final Orders orders;
    private final Payments payments;
    private final RefundCases cases;
    private final PaymentPricings pricings;
    private final Coupons coupons;
    private final PointsLedger points;
    private final PromotionBudgets budgets;
    private final TransactionRunner transactions;
    private final Refunds refunds;
    private final Clock clock;

    public RefundRuns(Orders orders, Payments payments, RefundCases cases, PaymentPricings pricings, Coupons coupons,
                      PointsLedger points, PromotionBudgets budgets, TransactionRunner transactions, Refunds refunds,
                      Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.cases = cases;
        this.pricings = pricings;
        this.coupons = coupons;
        this.points = points;
        this.budgets = budgets;
        this.transactions = transactions;
        this.refunds = refunds;
        this.clock = clock;
    }

    /** An order with the payment that paid it and its refund cases, as a refund needs them. */
    public record PaidOrder(Order order, Payment payment, List<RefundCase> cases) {

        /** Items of each line that no case holds yet. */
        public List<Integer> left() {
            return RefundQuantities.left(order.lines(), cases);
        }
    }

    /**
     * The order, the payment that paid it and its cases; refused unless the order was paid. Reads the order as given
     * (the caller locks it first when it will change a case).
     */
    public PaidOrder paidOrder(Order order) {
        Payment payment = payments.findByOrder(order.id()).stream()
                .filter(candidate -> candidate.status() == PaymentStatus.SUCCEEDED)
                .filter(candidate -> !candidate.isDoublePayment())
                .findFirst()
                .orElseThrow(() -> new DomainException("refund.order-not-paid"));
        return new PaidOrder(order, payment, cases.ofOrder(order.id()));
    }

    /**
     * Prices these items of the order as things stand now, for sending them: after the refunds sent before. Refuses
     * a choice beyond what is left.
     */
    public RefundQuote quote(PaidOrder paid, List<Integer> quantities, Instant now) {
        return quote(paid, quantities, paid.left(),
                RefundsBefore.sentToProvider(paid.order().lines().size(), paid.cases()), now);
    }

    /**
     * Prices a customer's request for these items: after every item other cases hold, waiting ones too, as what is
     * left to ask for is counted, so that it shows what it will refund once they are decided. An agent prices it
     * again when taking it ({@link #requote}).
     */
    public RefundQuote quoteRequest(PaidOrder paid, List<Integer> quantities, Instant now) {
        return quote(paid, quantities, paid.left(),
                RefundsBefore.holdingItems(paid.order().lines().size(), paid.cases()), now);
    }

    /**
     * Prices the items a waiting case holds, as things stand now, for sending it: the cases sent before it count as
     * refunded already.
     */
    public RefundQuote requote(PaidOrder paid, RefundCase waiting, Instant now) {
        List<Integer> quantities = waiting.quantities(paid.order().lines().size());
        List<RefundCase> others = paid.cases().stream()
                .filter(other -> !other.id().equals(waiting.id())).toList();
        return quote(paid, quantities, RefundQuantities.left(paid.order().lines(), others),
                RefundsBefore.sentToProvider(paid.order().lines().size(), others), now);
    }

    /**
     * Prices the items after the refunds {@code before}, from the payment's frozen price: what those kept back of a
     * used voucher counts, and the customer's points balance (read once, and only when the payment earned points)
     * with what those will still take back or return.
     */
    private RefundQuote quote(PaidOrder paid, List<Integer> quantities, List<Integer> left, RefundsBefore before,
                              Instant now) {
        RefundQuantities.check(left, quantities);
        Optional<PriceBreakdown> frozen = pricings.find(paid.payment().id());
        if (frozen.isEmpty()) {
            return RefundQuote.plain(paid.order().lines(), quantities);
        }
        long balance = frozen.get().pointsToEarn() == 0 ? 0
                : points.balanceOf(paid.order().customerId()) + before.pointsStillToMove();
        return RefundQuote.reversing(new RefundRequest(frozen.get(), before.items(), quantities,
                coupons.heldBy(paid.payment().id()), coupons.grantedFor(paid.payment().id()),
                before.voucherDeducted(), balance, now));
    }

    /**
     * Sends a case that is {@code REFUNDING} to the provider; call outside any transaction. Answers the case as it
     * is afterwards: {@code REFUNDED} once the money is back, still {@code REFUNDING} while the provider cannot
     * take it, {@code FAILED} when it refused it.
     */
    public RefundCase send(RefundCaseId id) {
        RefundCase refunding = transactions.withoutTransaction(() -> cases.findById(id)).orElseThrow();
        if (refunding.status() != RefundCaseStatus.REFUNDING) {
            return refunding;
        }
        if (refunding.amount().isZero()) {
            transactions.inTransaction(() -> {
                orders.lock(refunding.orderId());
                finish(id);
            });
        } else {
            RefundOutcome outcome = refunds.refund(refunding.paymentId(), refunding.refundNumber(),
                    refunding.amount(), RefundReason.CUSTOMER_REQUEST, () -> finish(id));
            if (outcome instanceof RefundOutcome.Refunded) {
                // Recorded before under this number, by an attempt whose transaction marked the case refunded too.
                transactions.inTransaction(() -> {
                    orders.lock(refunding.orderId());
                    finish(id);
                });
            } else if (outcome instanceof RefundOutcome.Refused refused) {
                transactions.inTransaction(() -> {
                    orders.lock(refunding.orderId());
                    fail(id, refused.why().isBlank() ? refused.code() : refused.why());
                });
            } else if (outcome instanceof RefundOutcome.Processing) {
                transactions.inTransaction(() -> {
                    orders.lock(refunding.orderId());
                    awaitConfirmation(id);
                });
            }
        }
        return transactions.withoutTransaction(() -> cases.findById(id)).orElseThrow();
    }

    /** How a provider's notice about a refund it answered "processing" was taken. */
    public enum Confirmation {
        /** Recorded now: the case is refunded, or failed. */
        APPLIED,
        /** Recorded before (a repeated notice, or reconciliation asked first); nothing changed. */
        ALREADY_DONE,
        /** No refund of the store's has that number and amount on that payment; nothing changed. */
        UNKNOWN
    }

    /**
     * The provider confirms it gave the money back for the refund with this number: records it on the payment,
     * reverses the promotions and marks the case refunded, all once, in one transaction under the order's lock. A
     * double payment's refund (which has no case) is recorded on the payment alone.
     */
    public Confirmation confirmed(PaymentId paymentId, String refundNumber, Money amount, String providerRefund) {
        Optional<Payment> payment = transactions.withoutTransaction(() -> payments.findById(paymentId));
        if (payment.isEmpty()) {
            return Confirmation.UNKNOWN;
        }
        Optional<RefundCase> refundCase = caseNumbered(payment.get(), refundNumber);
        RefundReason reason;
        Runnable alsoWhenRecorded;
        if (refundCase.isPresent()) {
            if (!refundCase.get().amount().equals(amount)) {
                return Confirmation.UNKNOWN;
            }
            reason = RefundReason.CUSTOMER_REQUEST;
            RefundCaseId id = refundCase.get().id();
            alsoWhenRecorded = () -> finish(id);
        } else if (payment.get().isDoublePayment()
                && DoublePaymentRefunds.refundNumber(payment.get()).equals(refundNumber)) {
            reason = RefundReason.DOUBLE_PAYMENT;
            alsoWhenRecorded = () -> { };
        } else {
            return Confirmation.UNKNOWN;
        }
        try {
            return refunds.confirmed(paymentId, refundNumber, amount, reason, providerRefund, alsoWhenRecorded)
                    ? Confirmation.APPLIED : Confirmation.ALREADY_DONE;
        } catch (DomainException doesNotFit) {
            return Confirmation.UNKNOWN;
        }
    }

    /**
     * The provider says the refund with this number did not go through: its case fails, with the provider's answer,
     * and frees its items. A double payment's refund stays owed, for reconciliation.
     */
    public Confirmation failedAtProvider(PaymentId paymentId, String refundNumber, String why) {
        Optional<Payment> payment = transactions.withoutTransaction(() -> payments.findById(paymentId));
        if (payment.isEmpty()) {
            return Confirmation.UNKNOWN;
        }
        if (payment.get().refunds().stream().anyMatch(refund -> refund.requestNumber().equals(refundNumber))) {
            return Confirmation.ALREADY_DONE;
        }
        Optional<RefundCase> refundCase = caseNumbered(payment.get(), refundNumber);
        if (refundCase.isEmpty()) {
            return payment.get().isDoublePayment()
                    && DoublePaymentRefunds.refundNumber(payment.get()).equals(refundNumber)
                    ? Confirmation.ALREADY_DONE : Confirmation.UNKNOWN;
        }
        return transactions.inTransaction(() -> {
            orders.lock(refundCase.get().orderId());
            return fail(refundCase.get().id(), why) ? Confirmation.APPLIED : Confirmation.ALREADY_DONE;
        });
    }

    /**
     * Whether how the refund with this number ended is known already: recorded on the payment, or its case no longer
     * refunding. A notice about it then changes nothing, however it is signed.
     */
    public boolean alreadySettled(PaymentId paymentId, String refundNumber) {
        Optional<Payment> payment = transactions.withoutTransaction(() -> payments.findById(paymentId));
        if (payment.isEmpty()) {
            return false;
        }
        return payment.get().refunds().stream().anyMatch(refund -> refund.requestNumber().equals(refundNumber))
                || caseNumbered(payment.get(), refundNumber)
                        .filter(found -> found.status() != RefundCaseStatus.REFUNDING).isPresent();
    }

    private Optional<RefundCase> caseNumbered(Payment payment, String refundNumber) {
        return transactions.withoutTransaction(() -> cases.ofOrder(payment.orderId())).stream()
                .filter(candidate -> candidate.paymentId().equals(payment.id()))
                .filter(candidate -> candidate.refundNumber().equals(refundNumber))
                .findFirst();
    }

    /**
     * Sends again every case the provider could not take, that has been under way for {@link #SEND_AGAIN_AFTER} at
     * least at {@code now}, and asks again, with the
     * same number, about every case the provider took but has not confirmed within {@link #CONFIRMATION_PATIENCE}:
     * its answer is how the refund ended, and the money moves once whatever the number of asks. A case another node
     * is sending meanwhile is left to it ({@link ClaimedWork}).
     */
    public int retryPending(Instant now, int limit, ClaimedWork claimed) {
        int refunded = 0;
        Instant unconfirmedSince = clock.instant().minus(CONFIRMATION_PATIENCE);
        Instant sentBefore = now.minus(SEND_AGAIN_AFTER);
        for (RefundCase pending : transactions.withoutTransaction(
                () -> cases.withStatusSince(RefundCaseStatus.REFUNDING, sentBefore, limit))) {
            if (pending.awaitingConfirmationFrom().isPresent() && pending.changedAt().isAfter(unconfirmedSince)) {
                continue;
            }
            if (claimed.ifFree(WorkClaims.Work.REFUND_RETRY, pending.id().toString(), clock.instant(),
                    () -> send(pending.id()).status() == RefundCaseStatus.REFUNDED).orElse(false)) {
                refunded++;
            }
        }
        return refunded;
    }

    /** In the transaction that records the money back, under the order's lock: the reversal, and the case refunded. */
    private void finish(RefundCaseId id) {
        RefundCase refunding = cases.lockById(id).orElseThrow();
        if (refunding.status() != RefundCaseStatus.REFUNDING) {
            return;
        }
        Instant now = clock.instant();
        reverse(refunding, now);
        refunding.refunded(now);
        cases.update(refunding);
    }

    /** Under the order's lock: the provider refused the case outright, so it is never sent again. */
    private boolean fail(RefundCaseId id, String why) {
        RefundCase refunding = cases.lockById(id).orElseThrow();
        if (refunding.status() != RefundCaseStatus.REFUNDING) {
            return false;
        }
        refunding.failed(why, clock.instant());
        cases.update(refunding);
        return true;
    }

    /** Under the order's lock: the provider took the case and confirms it later. */
    private void awaitConfirmation(RefundCaseId id) {
        RefundCase refunding = cases.lockById(id).orElseThrow();
        Payment payment = payments.findById(refunding.paymentId()).orElseThrow();
        if (refunding.status() == RefundCaseStatus.REFUNDING && refunding.awaitingConfirmationFrom().isEmpty()) {
            refunding.acceptedBy(payment.provider());
            cases.update(refunding);
        }
    }

    private void reverse(RefundCase refunded, Instant now) {
        RefundEffects effects = refunded.effects();
        Optional<org.hexmall.domain.payment.PaymentId> payment = Optional.of(refunded.paymentId());
        if (effects.pointsReturned() > 0) {
            points.append(List.of(new PointsEntry(refunded.customerId(), PointsEntryKind.SPENDING_RETURNED,
                    effects.pointsReturned(), payment, "", now)));
        }
        if (effects.pointsTakenBack() > 0) {
            // Priced within the balance; points spent since the case was priced are not taken below zero either.
            points.takeAwayWithinBalance(new PointsEntry(refunded.customerId(), PointsEntryKind.EARNING_REVERSED,
                    effects.pointsTakenBack(), payment, "", now));
        }
        if (!effects.vouchersWithdrawn().isEmpty()) {
            for (Coupon voucher : coupons.lockByIds(effects.vouchersWithdrawn())) {
                if (voucher.status() == CouponStatus.AVAILABLE) {
                    voucher.withdraw(now);
                    coupons.update(voucher);
                }
            }
        }
        if (!effects.couponsReturned().isEmpty()) {
            for (Coupon coupon : coupons.lockByIds(effects.couponsReturned())) {
                if (coupon.status() == CouponStatus.USED && coupon.giveBackAfterRefund(now)) {
                    coupons.update(coupon);
                }
            }
        }
        for (BudgetReversal reversal : effects.budgetReversals()) {
            budgets.recordReversal(refunded.paymentId(), reversal.campaign(), reversal.amount(), now);
        }
    }
}
