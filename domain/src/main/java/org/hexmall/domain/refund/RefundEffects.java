package org.hexmall.domain.refund;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.shared.Money;

/**
 * What a refund undoes of the payment's promotions, kept on the case when it goes to the provider and applied in
 * the transaction that records the money given back: points earned on the items taken back, points spent on them
 * returned, unused cashback vouchers withdrawn, coupons given back, and what each campaign's budget gets back; and
 * what it keeps from the money for benefits the customer has used already.
 *
 * @param pointsSpentAlready points earned on the items that the customer had spent already, so that they are not
 *                           taken back: their value ({@code pointsDeduction}) is kept from the money instead
 * @param pointsDeduction    the value of {@code pointsSpentAlready} kept from the money given back
 * @param vouchersDeducted   of each used voucher, the part of its value kept from the money given back; the
 *                           order's later refunds keep the rest when this one's money could not
 */
public record RefundEffects(long pointsTakenBack, long pointsReturned, long pointsSpentAlready,
                            Money pointsDeduction, List<CouponId> vouchersWithdrawn,
                            Map<CouponId, Money> vouchersDeducted, List<CouponId> couponsReturned,
                            List<BudgetReversal> budgetReversals) {

    /** A refund of an order paid without promotions. */
    public static final RefundEffects NONE = new RefundEffects(0, 0, 0, Money.ZERO, List.of(), Map.of(), List.of(),
            List.of());

    public RefundEffects {
        if (pointsTakenBack < 0 || pointsReturned < 0 || pointsSpentAlready < 0) {
            throw new IllegalArgumentException("points moved by a refund are never negative");
        }
        Objects.requireNonNull(pointsDeduction, "pointsDeduction");
        vouchersWithdrawn = List.copyOf(vouchersWithdrawn);
        vouchersDeducted = Map.copyOf(vouchersDeducted);
        couponsReturned = List.copyOf(couponsReturned);
        budgetReversals = List.copyOf(budgetReversals);
    }

    /** The value of used vouchers kept from the money given back. */
    public Money voucherDeduction() {
        return vouchersDeducted.values().stream().reduce(Money.ZERO, Money::plus);
    }
}
