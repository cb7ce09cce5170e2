package org.hexmall.acceptance.budget;

/**
 * The steps of a checkout through the JSON API, each with its budget: the most round trips to the database that
 * hexmall may make for it (statements, batches, commits, rollbacks and savepoints; the simulated providers' own are
 * not hexmall's and have no budget). The budgets are the figures measured when they were set: lower one when its
 * step gets cheaper, and raise one only with a reason.
 */
enum CheckoutStep {

    /** Session, cart, product, the cart's lines rewritten and committed, the cart read back. */
    PUT_CART_ITEM("PUT cart item", 8),
    /** Session, cart, prices, the order and its lines, the cart emptied, the key, one commit. */
    POST_ORDER("POST order", 8),
    /**
     * Session; the order locked and read, the wallets, the order's payments, the risk rules' facts in one query, the
     * payment and its first step, the key, one commit; the provider asked; the order locked again, the payment read,
     * its answer and steps, one commit.
     */
    POST_PAYMENT("POST payment", 15),
    /** The order locked through the payment and read, the payment read, both written, one commit. */
    NOTIFICATION_APPLIED("wallet notification applied", 7),
    /** Session, and the payment with its steps and refunds in one query. */
    GET_PAYMENT("GET payment (succeeded)", 2);

    /** The whole checkout's budget: every step once, and never more than 40. */
    static final int WHOLE_CHECKOUT_BUDGET = 40;

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
