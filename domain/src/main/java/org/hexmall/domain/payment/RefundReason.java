package org.hexmall.domain.payment;

/** Why money went back to the customer's wallet. */
public enum RefundReason {
    /** The order was paid twice; the later payment goes back in full. */
    DOUBLE_PAYMENT,
    /** The customer asked, through customer service. */
    CUSTOMER_REQUEST
}
