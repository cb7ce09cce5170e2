package org.hexmall.domain.refund;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;

/**
 * When a refund needs a second person: when, together with the payment's earlier refunds, it comes to more than
 * {@code amountLimit} or more than {@code percentOfPayment} % of what the payment charged, or when the order was paid
 * more than {@code paidWithin} ago. The amounts are counted together so that splitting a refund into small ones
 * needs the same approval as making it at once. Each limit is allowed exactly: refunds that come to the limit itself
 * need no approval, one fen more does.
 */
public record ApprovalPolicy(Money amountLimit, int percentOfPayment, Duration paidWithin) {

    /** ¥500, half of the payment, 30 days. */
    public static final ApprovalPolicy DEFAULT = new ApprovalPolicy(Money.ofYuan(500, 0), 50, Duration.ofDays(30));

    public ApprovalPolicy {
        Objects.requireNonNull(amountLimit, "amountLimit");
        Objects.requireNonNull(paidWithin, "paidWithin");
        if (percentOfPayment < 1 || percentOfPayment > 100) {
            throw new IllegalArgumentException("the share of a payment is between 1 and 100 %");
        }
        if (paidWithin.isNegative() || paidWithin.isZero()) {
            throw new IllegalArgumentException("the age limit is positive");
        }
    }

    /**
     * Why this refund needs approval, counted with {@code earlierRefunds}, what the payment's earlier refunds come to
     * ({@link #earlierRefunds}); empty when an agent may make it alone.
     */
    public List<ApprovalReason> reasons(Money refund, Money earlierRefunds, Money paid, Instant paidAt, Instant now) {
        Money together = refund.plus(earlierRefunds);
        List<ApprovalReason> reasons = new ArrayList<>();
        if (together.isGreaterThan(amountLimit)) {
            reasons.add(ApprovalReason.ABOVE_AMOUNT_LIMIT);
        }
        if (together.fen() * 100 > paid.fen() * percentOfPayment) {
            reasons.add(ApprovalReason.ABOVE_SHARE_OF_PAYMENT);
        }
        if (Duration.between(paidAt, now).compareTo(paidWithin) > 0) {
            reasons.add(ApprovalReason.PAID_LONG_AGO);
        }
        return List.copyOf(reasons);
    }

    /**
     * What the earlier refunds of {@code payment} among {@code cases} come to for this rule: those given back, on
     * their way to the wallet, or waiting for a supervisor ({@link RefundCaseStatus#countsTowardApproval}).
     */
    public static Money earlierRefunds(PaymentId payment, List<RefundCase> cases) {
        Money total = Money.ZERO;
        for (RefundCase earlier : cases) {
            if (earlier.paymentId().equals(payment) && earlier.status().countsTowardApproval()) {
                total = total.plus(earlier.amount());
            }
        }
        return total;
    }
}
