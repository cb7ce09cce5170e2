package org.hexmall.simulator.wallet.notification;

/** The names of the parameters in the simulated providers' signed messages. */
public final class MessageFields {

    public static final String TYPE = "type";
    public static final String PROVIDER = "provider";
    public static final String STATE = "state";
    public static final String AGREEMENT_TOKEN = "agreement_token";
    /** The store's payment id, a UUID. */
    public static final String PAYMENT = "payment";
    public static final String ORDER_NUMBER = "order_number";
    /** Whole fen, never a decimal: {@code 123450} is ¥1,234.50. */
    public static final String AMOUNT_FEN = "amount_fen";
    /** The provider's transaction id of a successful payment. */
    public static final String TRANSACTION = "transaction";
    /** The merchant's number for a refund, which the provider refunds once. */
    public static final String REFUND_NUMBER = "refund_number";
    /** The provider's own reference for a refund. */
    public static final String PROVIDER_REFUND = "provider_refund";
    public static final String WRONG_PASSWORDS = "wrong_passwords";
    /** Why a payment failed, as the providers spell it: {@code insufficient_balance}, for one. */
    public static final String REASON = "reason";
    /** With a wrong password: how many more the wallet accepts. */
    public static final String ATTEMPTS_LEFT = "attempts_left";
    /** With a locked password: until when, in epoch seconds. */
    public static final String LOCKED_UNTIL = "locked_until";
    /** A one-time random value, so that the store can refuse a captured message sent again. */
    public static final String NONCE = "nonce";
    /** When the message was issued, in epoch seconds, so that the store can refuse stale ones. */
    public static final String TIMESTAMP = "timestamp";

    private MessageFields() {
    }
}
