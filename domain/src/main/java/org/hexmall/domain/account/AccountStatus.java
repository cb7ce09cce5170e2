package org.hexmall.domain.account;

/** Whether a customer account may be used. A frozen account is held by customer service. */
public enum AccountStatus {
    ACTIVE,
    FROZEN
}
