package org.hexmall.adapter.out.persistence.jdbi;

import java.util.function.Supplier;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs a unit of work in one database transaction, on a handle bound to the current thread. The JDBI
 * repositories run their statements on that handle, so everything a use case stores is committed or rolled
 * back together; outside a transaction they borrow a connection for just their statement. (JDBI would reuse
 * a thread's open handle by itself; binding it here keeps that rule in sight and independent of JDBI's setup.)
 */
public final class JdbiTransactionRunner implements TransactionRunner {

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> currentHandle = new ThreadLocal<>();

    JdbiTransactionRunner(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (currentHandle.get() != null) {
            return work.get(); // joins the transaction already running on this thread
        }
        return jdbi.inTransaction(handle -> {
            currentHandle.set(handle);
            try {
                return work.get();
            } finally {
                currentHandle.remove();
            }
        });
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
}
