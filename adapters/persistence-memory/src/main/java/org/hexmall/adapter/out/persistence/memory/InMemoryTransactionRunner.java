package org.hexmall.adapter.out.persistence.memory;

import java.util.List;
import java.util.function.Supplier;
import org.hexmall.application.port.out.persistence.TransactionRunner;

/**
 * Runs one unit of work at a time across all in-memory stores, and puts every store back as it was if the
 * work throws. Copying the stores at each start is fine for the small data of tests and demos.
 */
public final class InMemoryTransactionRunner implements TransactionRunner {

    private final StoreLock lock;
    private final List<Supplier<RestorePoint>> stores;

    InMemoryTransactionRunner(StoreLock lock, List<Supplier<RestorePoint>> stores) {
        this.lock = lock;
        this.stores = List.copyOf(stores);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        // A nested transaction joins the outer one, which alone decides what is kept.
        return lock.call(() -> lock.isReentered() ? work.get() : allOrNothing(work));
    }

    /** Each store's own call takes the lock, so every statement stands on its own. */
    @Override
    public <T> T withoutTransaction(Supplier<T> work) {
        return work.get();
    }

    private <T> T allOrNothing(Supplier<T> work) {
        List<RestorePoint> before = stores.stream().map(Supplier::get).toList();
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            before.forEach(RestorePoint::restore);
            throw failure;
        }
    }
}
