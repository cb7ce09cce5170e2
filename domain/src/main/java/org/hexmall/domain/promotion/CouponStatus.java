package org.hexmall.domain.promotion;

/** Where a coupon stands; "expired" is not stored, it follows from the clock (see {@link Coupon#isExpiredAt}). */
public enum CouponStatus {
    /** The customer can use it while it is valid. */
    AVAILABLE,
    /** Held by a payment under way; used when it succeeds, available again when it does not. */
    RESERVED,
    /** Spent on a paid order. */
    USED,
    /** Taken back: a cashback voucher whose payment was refunded before the voucher was used. */
    WITHDRAWN
}
