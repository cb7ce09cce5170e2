package org.hexmall.adapter.out.persistence.jdbi;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hexmall.domain.payment.PaymentId;

/**
 * Tells threads of this node that wait for a payment to change that it did, as soon as the change is committed,
 * and how many steps the payments changed lately through this node have. Changes made by other nodes are not told
 * here; a waiter looks at the database again every {@link #LOOK_AGAIN_EVERY} for those.
 */
final class PaymentUpdateSignals {

    /** How long a waiter trusts the signals alone before it looks at the database for another node's change. */
    static final Duration LOOK_AGAIN_EVERY = Duration.ofMillis(250);

    /** A payment someone waits for: how many wait, and how many updates came while they did. */
    private static final class Watched {
        int waiters;
        long updates;
    }

    /** How many payments changed through this node {@link #stepsStoredHere} remembers, the latest changed. */
    static final int REMEMBERED = 4096;

    private final Map<PaymentId, Watched> watched = new HashMap<>();
    /** The steps stored by the latest change made through this node, for the payments changed lately. */
    private final Map<PaymentId, Integer> stepsStored = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PaymentId, Integer> eldest) {
            return size() > REMEMBERED;
        }
    };

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

    /** A change of the payment was committed through this node, leaving it with that many steps stored. */
    synchronized void updated(PaymentId id, int steps) {
        stepsStored.merge(id, steps, Math::max);
        Watched payment = watched.get(id);
        if (payment != null) {
            payment.updates++;
            notifyAll();
        }
    }

    /**
     * How many steps the payment had once its latest change made through this node was committed; 0 when none was
     * made lately. More than a caller saw is a change made since its read, however long ago it read.
     */
    synchronized int stepsStoredHere(PaymentId id) {
        return stepsStored.getOrDefault(id, 0);
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
