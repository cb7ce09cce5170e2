package org.hexmall.adapter.out.persistence.memory;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one lock of all in-memory stores. Every read, write and transaction holds it, so no one sees a
 * transaction's half-done work, and putting a failed transaction's state back never erases another's write.
 */
final class StoreLock {

    private final ReentrantLock lock = new ReentrantLock();

    <T> T call(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** True while the current thread holds the lock: inside a transaction, or inside a store's own call. */
    boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    /** True when the current thread already held the lock before it last took it. */
    boolean isReentered() {
        return lock.getHoldCount() > 1;
    }
}
