package org.hexmall.application.service.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WorkClaims;

/**
 * Runs background work on one item only if no other node is working on it: the item is claimed for a lease in a
 * transaction of its own, worked on with no transaction open (the work may ask a provider), and let go at the end.
 * The lease outlasts the longest provider call, so that a node that dies mid-work blocks the item for that long only.
 */
public final class ClaimedWork {

    /** Longer than any provider call the work makes (each gives up after seconds). */
    public static final Duration LEASE = Duration.ofMinutes(2);

    private final WorkClaims claims;
    private final TransactionRunner transactions;

    public ClaimedWork(WorkClaims claims, TransactionRunner transactions) {
        this.claims = claims;
        this.transactions = transactions;
    }

    /** What the work answered, or nothing if another node holds the item; the item is let go either way. */
    public <T> Optional<T> ifFree(WorkClaims.Work work, String item, Instant now, Supplier<T> action) {
        boolean claimed = transactions.inTransaction(() -> claims.claim(work, item, now, now.plus(LEASE)));
        if (!claimed) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(action.get());
        } finally {
            transactions.inTransaction(() -> claims.release(work, item));
        }
    }
}
