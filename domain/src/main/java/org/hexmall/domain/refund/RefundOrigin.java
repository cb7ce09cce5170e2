package org.hexmall.domain.refund;

/** Who asked for the refund first. */
public enum RefundOrigin {
    /** An agent refunding on the customer's behalf, from the console. */
    AGENT,
    /** The customer, through an after-sales request (售后) on the order page. */
    CUSTOMER
}
