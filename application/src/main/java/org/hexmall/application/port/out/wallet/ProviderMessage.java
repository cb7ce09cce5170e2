package org.hexmall.application.port.out.wallet;

import java.time.Instant;

/**
 * A message from a wallet provider whose signature the gateway has checked. Every verified message
 * carries a one-time nonce and the time it was issued, so the store can refuse replays and stale ones.
 */
public sealed interface ProviderMessage {

    /** The customer approved the binding in the wallet app; the provider granted this agreement. */
    record AuthorizationApproved(String state, String agreementToken, String nonce, Instant issuedAt)
            implements ProviderMessage {
    }

    /** The customer said no in the wallet app. */
    record AuthorizationRejected(String state, String nonce, Instant issuedAt) implements ProviderMessage {
    }

    /** The customer cancelled the agreement inside the wallet app. */
    record AgreementCancelled(String agreementToken, String nonce, Instant issuedAt) implements ProviderMessage {
    }

    /** Not a message the store can trust: bad or missing signature, or missing fields. */
    record Unverifiable(String why) implements ProviderMessage {
    }
}
