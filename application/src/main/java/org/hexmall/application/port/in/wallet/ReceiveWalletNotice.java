package org.hexmall.application.port.in.wallet;

import java.util.Map;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A wallet provider tells the store, server to server, that a customer cancelled a binding in the wallet app, how a
 * payment ended, or how a refund it answered "processing" ended.
 */
public interface ReceiveWalletNotice {

    NoticeOutcome receive(WalletProvider provider, Map<String, String> parameters);

    /** What the store answers the provider. */
    enum NoticeOutcome {
        /** Applied: the binding is now revoked, the payment or the refund settled. Acknowledge. */
        APPLIED,
        /** Already applied, or about a binding that ended anyway. Acknowledge, so the provider stops retrying. */
        ALREADY_DONE,
        /** Not trusted (signature, age, replay), or about no refund of the store's: refuse, and change nothing. */
        REFUSED
    }
}
