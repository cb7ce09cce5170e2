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
}
