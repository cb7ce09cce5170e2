package org.hexmall.domain.promotion;

import java.util.Objects;

/**
 * A coupon the refunded order used, every item it was shared on now refunded: it goes back to the customer when
 * still valid ({@link Coupon#giveBackAfterRefund}); an expired one stays used.
 */
public record CouponReturn(CouponId coupon, String nameEn, String nameZh, boolean stillValid) {

    public CouponReturn {
        Objects.requireNonNull(coupon, "coupon");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameZh, "nameZh");
    }
}
