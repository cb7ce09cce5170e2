package org.hexmall.domain.risk;

/** What the customer (or someone in their name) tried when an alert was raised. */
public enum AttemptKind {
    PAYMENT,
    BINDING,
    LOGIN,
    /** The customer reported an entry of their activity as not theirs. */
    CUSTOMER_REPORT
}
