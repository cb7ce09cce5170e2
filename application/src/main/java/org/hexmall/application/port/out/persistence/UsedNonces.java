package org.hexmall.application.port.out.persistence;

import java.time.Instant;

/**
 * The one-time values (nonces) of signed messages already accepted from wallet providers, so that a
 * captured message replayed later is refused.
 */
public interface UsedNonces {

    /**
     * Records the nonce as used. Returns {@code false} if it was used before, which means the message
     * is a replay. Nonces may be forgotten after {@code keepUntil}, when their messages are stale anyway.
     */
    boolean claim(String issuer, String nonce, Instant keepUntil);

    /** Forgets nonces whose keep-until time has passed; returns how many. */
    int forgetExpired(Instant now);
}
