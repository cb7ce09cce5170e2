package org.hexmall.application.service.wallet.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.UsedNonces;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The checks a signed provider message must pass besides its signature: not too old, not from the
 * future, and never seen before. Call inside the transaction that acts on the message, so that a
 * replayed message loses the race to claim its nonce.
 */
public final class TrustedMessages {

    /** Clocks differ a little between servers; a message this far in the future is still believed. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final UsedNonces nonces;
    private final Duration maxAge;
    private final Clock clock;

    public TrustedMessages(UsedNonces nonces, Duration maxAge, Clock clock) {
        this.nonces = nonces;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** Why the message cannot be trusted, or empty if it can (and its nonce is now used up). */
    public Optional<String> distrust(WalletProvider provider, String nonce, Instant issuedAt) {
        Instant now = clock.instant();
        if (issuedAt.isBefore(now.minus(maxAge))) {
            return Optional.of("stale message issued at " + issuedAt);
        }
        if (issuedAt.isAfter(now.plus(CLOCK_SKEW))) {
            return Optional.of("message issued in the future at " + issuedAt);
        }
        if (!nonces.claim(provider.name(), nonce, issuedAt.plus(maxAge).plus(CLOCK_SKEW))) {
            return Optional.of("replayed nonce");
        }
        return Optional.empty();
    }
}
