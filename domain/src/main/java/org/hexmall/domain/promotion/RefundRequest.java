package org.hexmall.domain.promotion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A refund of some items of a paid order, as reversal needs it: the breakdown frozen when the order was paid, how
 * many items of each line were refunded before and how many are refunded now (both follow the order's lines), the
 * coupons the order used and the vouchers its payment granted (as they stand now), and the moment.
 */
public record RefundRequest(PriceBreakdown paid, List<Integer> alreadyRefunded, List<Integer> refundingNow,
                            List<Coupon> couponsUsed, List<Coupon> vouchersGranted, Instant now) {

    public RefundRequest {
        Objects.requireNonNull(paid, "paid");
        alreadyRefunded = List.copyOf(alreadyRefunded);
        refundingNow = List.copyOf(refundingNow);
        couponsUsed = List.copyOf(couponsUsed);
        vouchersGranted = List.copyOf(vouchersGranted);
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

    /** Refunds every item not refunded yet. */
    public static RefundRequest everythingLeft(PriceBreakdown paid, List<Integer> alreadyRefunded,
                                               List<Coupon> couponsUsed, List<Coupon> vouchersGranted, Instant now) {
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < paid.lines().size(); i++) {
            left.add(paid.lines().get(i).line().quantity() - alreadyRefunded.get(i));
        }
        return new RefundRequest(paid, alreadyRefunded, left, couponsUsed, vouchersGranted, now);
    }
}
