package org.hexmall.domain.promotion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hexmall.domain.shared.Money;

/**
 * A refund of some items of a paid order, as reversal needs it: the breakdown frozen when the order was paid, how
 * many items of each line were refunded before and how many are refunded now (both follow the order's lines), the
 * coupons the order used and the vouchers its payment granted (as they stand now), what the refunds before kept back
 * of each used voucher, the customer's points balance (counting what the refunds before will still move), and the
 * moment.
 *
 * @param voucherDeductedBefore of each voucher the payment granted, what refunds before this one kept back of its
 *                              value; a voucher none kept anything of may be absent
 * @param pointsBalance         the points the customer holds, for taking back those earned on the items
 */
public record RefundRequest(PriceBreakdown paid, List<Integer> alreadyRefunded, List<Integer> refundingNow,
                            List<Coupon> couponsUsed, List<Coupon> vouchersGranted,
                            Map<CouponId, Money> voucherDeductedBefore, long pointsBalance, Instant now) {

    public RefundRequest {
        Objects.requireNonNull(paid, "paid");
        alreadyRefunded = List.copyOf(alreadyRefunded);
        refundingNow = List.copyOf(refundingNow);
        couponsUsed = List.copyOf(couponsUsed);
        vouchersGranted = List.copyOf(vouchersGranted);
        voucherDeductedBefore = Map.copyOf(voucherDeductedBefore);
        Objects.requireNonNull(now, "now");
        int lines = paid.lines().size();
        if (alreadyRefunded.size() != lines || refundingNow.size() != lines) {
            throw new IllegalArgumentException("refunded quantities follow the order's lines");
        }
        boolean any = false;
        for (int i = 0; i < lines; i++) {
            int before = alreadyRefunded.get(i);
            int refundedNow = refundingNow.get(i);
            if (before < 0 || refundedNow < 0 || before + refundedNow > paid.lines().get(i).line().quantity()) {
                throw new IllegalArgumentException("a line refunds between none and all of its items");
            }
            any |= refundedNow > 0;
        }
        if (!any) {
            throw new IllegalArgumentException("a refund gives back at least one item");
        }
    }

    /**
     * A refund after refunds that kept nothing back of any voucher, of a customer whose balance holds every point it
     * takes back.
     */
    public RefundRequest(PriceBreakdown paid, List<Integer> alreadyRefunded, List<Integer> refundingNow,
                         List<Coupon> couponsUsed, List<Coupon> vouchersGranted, Instant now) {
        this(paid, alreadyRefunded, refundingNow, couponsUsed, vouchersGranted, Map.of(), Long.MAX_VALUE, now);
    }

    /** Refunds every item not refunded yet. */
    public static RefundRequest everythingLeft(PriceBreakdown paid, List<Integer> alreadyRefunded,
                                               List<Coupon> couponsUsed, List<Coupon> vouchersGranted, Instant now) {
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < paid.lines().size(); i++) {
            left.add(paid.lines().get(i).line().quantity() - alreadyRefunded.get(i));
        }
        return new RefundRequest(paid, alreadyRefunded, left, couponsUsed, vouchersGranted, now);
    }

    /** What refunds before this one kept back of the voucher's value. */
    public Money deductedBefore(CouponId voucher) {
        return voucherDeductedBefore.getOrDefault(voucher, Money.ZERO);
    }
}
