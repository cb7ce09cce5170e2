package org.hexmall.application.port.in.wallet;

import java.util.Map;
import org.hexmall.domain.wallet.WalletProvider;

/** A wallet provider tells the store, server to server, that a customer cancelled a binding in the wallet app. */
public interface ReceiveWalletNotice {

    NoticeOutcome receive(WalletProvider provider, Map<String, String> parameters);

    /** What the store answers the provider. */
    enum NoticeOutcome {
        /** Applied: the binding is now revoked. Acknowledge. */
        APPLIED,
        /** Already applied, or about a binding that ended anyway. Acknowledge, so the provider stops retrying. */
        ALREADY_DONE,
        /** Not trusted (signature, age, replay): refuse, and change nothing. */
        REFUSED
    }
}
