package org.hexmall.simulator.wallet.notification;

/** The kinds of signed message a simulated provider sends back to the store, by their {@code type} parameter. */
public enum MessageType {
    AUTHORIZATION_APPROVED("authorization_approved"),
    AUTHORIZATION_REJECTED("authorization_rejected"),
    RECONFIRMATION_APPROVED("reconfirmation_approved"),
    RECONFIRMATION_REJECTED("reconfirmation_rejected"),
    AGREEMENT_CANCELLED("agreement_cancelled"),
    PAYMENT_SUCCEEDED("payment_succeeded"),
    PAYMENT_FAILED("payment_failed"),
    PAYMENT_CANCELLED("payment_cancelled");

    private final String wireName;

    MessageType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
