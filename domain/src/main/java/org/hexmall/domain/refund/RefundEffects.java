package org.hexmall.domain.refund;

import java.util.List;
import java.util.Objects;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.shared.Money;

/**
 * What a refund undoes of the payment's promotions, kept on the case when it goes to the provider and applied in
 * the transaction that records the money given back: points earned on the items taken back, points spent on them
 * returned, unused cashback vouchers withdrawn, coupons given back, and what each campaign's budget gets back.
 *
 * @param voucherDeduction the value of used vouchers kept from the money given back
 */
public record RefundEffects(long pointsTakenBack, long pointsReturned, List<CouponId> vouchersWithdrawn,
                            List<CouponId> couponsReturned, Money voucherDeduction,
                            List<BudgetReversal> budgetReversals) {

    /** A refund of an order paid without promotions. */
    public static final RefundEffects NONE = new RefundEffects(0, 0, List.of(), List.of(), Money.ZERO, List.of());

    public RefundEffects {
        if (pointsTakenBack < 0 || pointsReturned < 0) {
            throw new IllegalArgumentException("points moved by a refund are never negative");
        }
        vouchersWithdrawn = List.copyOf(vouchersWithdrawn);
        couponsReturned = List.copyOf(couponsReturned);
        Objects.requireNonNull(voucherDeduction, "voucherDeduction");
        budgetReversals = List.copyOf(budgetReversals);
    }
}
