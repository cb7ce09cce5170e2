package org.hexmall.domain.promotion;

/** The kinds of wallet promotion the store runs, each at its pricing level. */
public enum CampaignKind {
    /** A discount or cashback on the customer's first payment with a given wallet. */
    FIRST_WALLET_PAYMENT(PricingLevel.PAYMENT_METHOD),
    /** Coupons the customer claims, usable on promoted products or categories when paying with the wallet. */
    WALLET_COUPON(PricingLevel.ITEM),
    /** A festival such as Double 11 (双十一): a window, wallet-exclusive, threshold or percentage discounts. */
    FESTIVAL(PricingLevel.ORDER),
    /** Points earned times a factor when paying with the wallet (double points). */
    POINTS_MULTIPLIER(PricingLevel.PAYMENT_METHOD),
    /** Cashback paid as a voucher for a later order. */
    CASHBACK_VOUCHER(PricingLevel.PAYMENT_METHOD);

    private final PricingLevel level;

    CampaignKind(PricingLevel level) {
        this.level = level;
    }

    public PricingLevel level() {
        return level;
    }
}
