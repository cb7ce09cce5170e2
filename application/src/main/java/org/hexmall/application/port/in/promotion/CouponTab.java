package org.hexmall.application.port.in.promotion;

/** The tabs of "My coupons" (我的优惠券). */
public enum CouponTab {
    /** Still to use, within their validity. */
    AVAILABLE,
    /** Spent on a paid order. */
    USED,
    /** Never used and no longer usable: their validity is over, or a refund took them back. */
    EXPIRED
}
