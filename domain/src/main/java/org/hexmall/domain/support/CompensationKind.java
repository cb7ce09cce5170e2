package org.hexmall.domain.support;

/** What an agent gives a customer to make up for a problem. */
public enum CompensationKind {
    /** A coupon of a running wallet coupon campaign, held like a claimed one but drawing on no budget. */
    COUPON,
    /** Points added to the customer's ledger; 100 points are worth ¥1. */
    POINTS
}
