package org.hexmall.adapter.out.persistence.jdbi;

import java.util.function.Supplier;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs a unit of work on a handle bound to the current thread, in one database transaction or, for work whose
 * statements each stand alone, without one. The JDBI repositories run their statements on that handle, so
 * everything a use case stores is committed or rolled back together; outside any unit of work they borrow a
 * connection for just their statement. (JDBI would reuse a thread's open handle by itself; binding it here keeps
 * that rule in sight and independent of JDBI's setup.)
 */
public final class JdbiTransactionRunner implements TransactionRunner {

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> currentHandle = new ThreadLocal<>();

    JdbiTransactionRunner(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Handle bound = currentHandle.get();
        if (bound != null) {
            // Joins the transaction running on this thread, or makes one of the statement-by-statement work's handle.
            return bound.isInTransaction() ? work.get() : bound.inTransaction(handle -> work.get());
        }
        return jdbi.inTransaction(handle -> onHandle(handle, work));
    }

    @Override
    public <T> T withoutTransaction(Supplier<T> work) {
        if (currentHandle.get() != null) {
            return work.get();
        }
        return jdbi.withHandle(handle -> onHandle(handle, work));
    }

    private <T> T onHandle(Handle handle, Supplier<T> work) {
        currentHandle.set(handle);
        try {
            return work.get();
        } finally {
            currentHandle.remove();
        }
    }

    <T> T withCurrentHandle(HandleCallback<T, RuntimeException> statements) {
        Handle handle = currentHandle.get();
        return handle == null ? jdbi.withHandle(statements) : statements.withHandle(handle);
    }

    void useCurrentHandle(HandleConsumer<RuntimeException> statements) {
        withCurrentHandle(handle -> {
            statements.useHandle(handle);
            return null;
        });
    }

    /** Runs {@code action} once what the current unit of work stored is committed; at once outside a transaction. */
    void afterCommit(Runnable action) {
        Handle handle = currentHandle.get();
        if (handle != null && handle.isInTransaction()) {
            handle.afterCommit(action);
        } else {
            action.run();
        }
    }
}
