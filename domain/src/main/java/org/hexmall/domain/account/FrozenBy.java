package org.hexmall.domain.account;

/**
 * Who froze a frozen account, which decides who may unfreeze it and what the customer is told about it.
 */
public enum FrozenBy {

    /** The customer, with "Freeze my account" (a lost phone, say): they may unfreeze it themselves. */
    CUSTOMER,

    /**
     * The customer's report that something in their account activity was not them. Whoever did it may still know the
     * password, so customer service unfreezes it, once they have checked the account with the customer.
     */
    NOT_ME_REPORT,

    /** Customer service (confirmed fraud, say): only they unfreeze it. */
    CUSTOMER_SERVICE;

    /** Whether the customer may unfreeze the account with its password and a step-up. */
    public boolean customerMayUnfreeze() {
        return this == CUSTOMER;
    }
}
