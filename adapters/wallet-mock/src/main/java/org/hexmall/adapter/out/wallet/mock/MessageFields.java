package org.hexmall.adapter.out.wallet.mock;

/** The names of the parameters in the simulated providers' signed messages. */
final class MessageFields {

    static final String TYPE = "type";
    static final String PROVIDER = "provider";
    static final String STATE = "state";
    static final String AGREEMENT_TOKEN = "agreement_token";
    /** A one-time random value, so that the store can refuse a captured message sent again. */
    static final String NONCE = "nonce";
    /** When the message was issued, in epoch seconds, so that the store can refuse stale ones. */
    static final String TIMESTAMP = "timestamp";

    private MessageFields() {
    }
}
