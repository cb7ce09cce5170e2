package org.hexmall.domain.refund;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hexmall.domain.shared.Money;

/**
 * When a refund needs a second person: above {@code amountLimit}, above {@code percentOfPayment} % of what the
 * payment charged, or on an order paid more than {@code paidWithin} ago. Each limit is allowed exactly: a refund of
 * the limit itself needs no approval, one fen more does.
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

    /** Why this refund needs approval; empty when an agent may make it alone. */
    public List<ApprovalReason> reasons(Money refund, Money paid, Instant paidAt, Instant now) {
        List<ApprovalReason> reasons = new ArrayList<>();
        if (refund.isGreaterThan(amountLimit)) {
            reasons.add(ApprovalReason.ABOVE_AMOUNT_LIMIT);
        }
        if (refund.fen() * 100 > paid.fen() * percentOfPayment) {
            reasons.add(ApprovalReason.ABOVE_SHARE_OF_PAYMENT);
        }
        if (Duration.between(paidAt, now).compareTo(paidWithin) > 0) {
            reasons.add(ApprovalReason.PAID_LONG_AGO);
        }
        return List.copyOf(reasons);
    }
}
