package org.hexmall.acceptance.budget;

/**
 * The steps of a checkout through the JSON API, each with its budget: the most round trips to the database that
 * hexmall may make for it (statements, batches, commits, rollbacks and savepoints; the simulated providers' own are
 * not hexmall's and have no budget). The budgets are the figures measured when they were set: lower one when its
 * step gets cheaper, and raise one only with a reason.
 */
enum CheckoutStep {

    PUT_CART_ITEM("PUT cart item", 12),
    POST_ORDER("POST order", 10),
    POST_PAYMENT("POST payment", 33),
    NOTIFICATION_APPLIED("wallet notification applied", 15),
    GET_PAYMENT("GET payment (succeeded)", 8);

    /** The whole checkout's budget: every step once. */
    static final int WHOLE_CHECKOUT_BUDGET = 78;

    private final String label;
    private final int budget;

    CheckoutStep(String label, int budget) {
        this.label = label;
        this.budget = budget;
    }

    String label() {
        return label;
    }

    int budget() {
        return budget;
    }
}
