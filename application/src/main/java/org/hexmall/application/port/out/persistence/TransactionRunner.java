package org.hexmall.application.port.out.persistence;

import java.util.function.Supplier;

/**
 * Runs a unit of work in one transaction: everything it stores is kept together, or nothing is if
 * it throws. Use cases call it; they never hold one open while waiting on a wallet provider.
 */
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work whose every statement stands on its own: reads, and writes of a single statement that need no
     * companion. Each is kept as soon as it is made, with no commit to wait for, which makes a look at a page or a
     * payment one trip to the database instead of two. Never use it for work that writes more than once. Inside a
     * transaction it joins that transaction.
     */
    <T> T withoutTransaction(Supplier<T> work);
}
