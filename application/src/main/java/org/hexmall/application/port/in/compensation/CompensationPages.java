package org.hexmall.application.port.in.compensation;

import java.util.Objects;
import org.hexmall.application.port.in.promotion.CouponTab;

/**
 * Which page of each list the console's compensation page shows: the customer's compensations, their coupons on
 * one tab, and their points ledger; each counted from 1.
 */
public record CompensationPages(int history, CouponTab couponTab, int coupons, int points) {

    public static final CompensationPages FIRST = new CompensationPages(1, CouponTab.AVAILABLE, 1, 1);

    public CompensationPages {
        Objects.requireNonNull(couponTab, "couponTab");
        history = Math.max(1, history);
        coupons = Math.max(1, coupons);
        points = Math.max(1, points);
    }
}
