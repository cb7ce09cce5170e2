package org.hexmall.domain.refund;

/** Why the customer gets money back, as after-sales records it. */
public enum RefundCategory {
    NOT_RECEIVED,
    DAMAGED,
    WRONG_ITEM,
    DUPLICATE_PAYMENT,
    CHANGED_MIND,
    GOODWILL
}
