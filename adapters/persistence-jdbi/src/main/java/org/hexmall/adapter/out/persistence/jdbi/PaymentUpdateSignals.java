package org.hexmall.adapter.out.persistence.jdbi;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.hexmall.domain.payment.PaymentId;

/**
 * Tells threads of this node that wait for a payment to change that it did, as soon as the change is committed.
 * Only payments someone waits for are remembered. Changes made by other nodes are not told here; a waiter looks
 * at the database again every {@link #LOOK_AGAIN_EVERY} for those.
 */
final class PaymentUpdateSignals {

    /** How long a waiter trusts the signals alone before it looks at the database for another node's change. */
    static final Duration LOOK_AGAIN_EVERY = Duration.ofMillis(250);

    /** A payment someone waits for: how many wait, and how many updates came while they did. */
    private static final class Watched {
        int waiters;
        long updates;
    }

    private final Map<PaymentId, Watched> watched = new HashMap<>();

    /** Starts watching the payment; answers how many updates it has had so far, to wait for the next one. */
    synchronized long watch(PaymentId id) {
        Watched payment = watched.computeIfAbsent(id, unwatched -> new Watched());
        payment.waiters++;
        return payment.updates;
    }

    synchronized void unwatch(PaymentId id) {
        Watched payment = watched.get(id);
        if (payment != null && --payment.waiters == 0) {
            watched.remove(id);
        }
    }

    synchronized void updated(PaymentId id) {
        Watched payment = watched.get(id);
        if (payment != null) {
            payment.updates++;
            notifyAll();
        }
    }

    /** Waits up to {@code atMost} for an update of a watched payment after the first {@code seen}; true if one came. */
    synchronized boolean awaitAfter(PaymentId id, long seen, Duration atMost) {
        long giveUpAt = System.nanoTime() + atMost.toNanos();
        while (watched.get(id).updates == seen) {
            long left = giveUpAt - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
