package org.hexmall.application.port.out.persistence;

/** The tabs of a customer's "My coupons" (我的优惠券) page. */
public enum CouponShelf {
    /** Still to use: available or held by a payment under way, and within their validity. */
    AVAILABLE,
    /** Spent on a paid order. */
    USED,
    /** Never used and no longer usable: their validity is over, or a refund withdrew them. */
    EXPIRED
}
