package org.hexmall.adapter.out.wallet.mock;

/** The names of the parameters in the simulated providers' signed messages. */
final class MessageFields {

    static final String TYPE = "type";
    static final String PROVIDER = "provider";
    static final String STATE = "state";
    static final String AGREEMENT_TOKEN = "agreement_token";
    /** The store's payment id, a UUID. */
    static final String PAYMENT = "payment";
    static final String ORDER_NUMBER = "order_number";
    /** Whole fen, never a decimal: {@code 123450} is ¥1,234.50. */
    static final String AMOUNT_FEN = "amount_fen";
    /** The provider's transaction id of a successful payment. */
    static final String TRANSACTION = "transaction";
    static final String WRONG_PASSWORDS = "wrong_passwords";
    /** Why a payment failed: one of {@link PaymentFailureCodes}. */
    static final String REASON = "reason";
    /** With a wrong password: how many more the wallet accepts. */
    static final String ATTEMPTS_LEFT = "attempts_left";
    /** With a locked password: until when, in epoch seconds. */
    static final String LOCKED_UNTIL = "locked_until";
    /** A one-time random value, so that the store can refuse a captured message sent again. */
    static final String NONCE = "nonce";
    /** When the message was issued, in epoch seconds, so that the store can refuse stale ones. */
    static final String TIMESTAMP = "timestamp";

    private MessageFields() {
    }
}
