package org.hexmall.domain.promotion;

/** How a customer came to hold a coupon. */
public enum CouponOrigin {
    /** Claimed from a wallet coupon campaign, on the promotions page or a product page. */
    CLAIMED,
    /** Granted as cashback when a payment succeeded: a voucher for a later order. */
    CASHBACK,
    /** Given by customer service to make up for a problem. */
    COMPENSATION
}
