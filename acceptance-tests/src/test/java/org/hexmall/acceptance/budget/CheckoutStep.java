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
     * its answer and steps, one commit. Pricing adds three: the promotions read in two statements (19 before the
     * campaigns and the customer's wallets and points were read in one), and the frozen breakdown written in one (a
     * customer holding coupons adds their lock; campaigns that apply add their reservation, three statements and a
     * batch; points spent add one).
     */
    POST_PAYMENT("POST payment", 18),
    /**
     * The order locked through the payment and read, the payment read, both written, one commit. Settling the
     * promotions adds two: the frozen breakdown read, and the points earned appended (committing reserved budgets,
     * using coupons and granting vouchers add theirs only when the price had them).
     */
    NOTIFICATION_APPLIED("wallet notification applied", 9),
    /**
     * Session, and the payment with its steps and refunds in one query; the price frozen on it adds one read, so that
     * an app shows the customer the discounts they were charged with.
     */
    GET_PAYMENT("GET payment (succeeded)", 3);

    /**
     * The whole checkout's budget: every step once, and never more than 46 (40 before payments were priced, 47 from
     * when a payment's JSON carried its frozen price until the promotions were read in two statements).
     */
    static final int WHOLE_CHECKOUT_BUDGET = 46;

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
