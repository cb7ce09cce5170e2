package org.hexmall.domain.promotion;

/**
 * Where a discount applies, in the fixed order pricing applies them: first to items, then to the order, then
 * for the way of paying. Each level works on what the levels before it left to pay.
 */
public enum PricingLevel {
    /** Promoted products or categories: a wallet coupon on electronics, say. */
    ITEM,
    /** The whole order: a festival's 满300减50, a voucher. */
    ORDER,
    /** The wallet chosen to pay: the first payment with Alipay, double points with WeChat Pay. */
    PAYMENT_METHOD
}
