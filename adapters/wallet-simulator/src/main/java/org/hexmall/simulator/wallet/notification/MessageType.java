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
    PAYMENT_CANCELLED("payment_cancelled"),
    REFUND_SUCCEEDED("refund_succeeded"),
    REFUND_FAILED("refund_failed");

    private final String wireName;

    MessageType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The type with this wire name, as a pending notification keeps it. */
    public static MessageType fromWireName(String wireName) {
        for (MessageType type : values()) {
            if (type.wireName.equals(wireName)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no message type " + wireName);
    }
}
