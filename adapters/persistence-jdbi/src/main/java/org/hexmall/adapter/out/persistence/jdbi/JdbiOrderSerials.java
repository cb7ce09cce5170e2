package org.hexmall.adapter.out.persistence.jdbi;

import java.sql.SQLException;
import java.util.Locale;
import org.hexmall.application.port.out.persistence.OrderSerials;
import org.jdbi.v3.core.Handle;

/**
 * Serials from the database sequence {@code order_serials}, taken a block at a time: the sequence rises by
 * {@value #BLOCK} at each call (V32), and the value it gives reserves itself and the {@value #BLOCK}-1 after it for
 * this node alone. So a settle asks the database for a serial once in {@value #BLOCK}, and nodes never share one.
 */
final class JdbiOrderSerials implements OrderSerials {

    /** The sequence's increment, as created by V32: the two must change together. */
    static final int BLOCK = 50;

    private final JdbiTransactionRunner transactions;
    private long nextInBlock;
    private long blockEnd;
    private String nextValueSql;

    JdbiOrderSerials(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized long next() {
        if (nextInBlock == blockEnd) {
            long start = transactions.withCurrentHandle(handle -> handle.createQuery(nextValueSql(handle))
                    .mapTo(Long.class)
                    .one());
            nextInBlock = start;
            blockEnd = start + BLOCK;
        }
        return nextInBlock++;
    }

    /** H2 speaks the standard's {@code NEXT VALUE FOR}; PostgreSQL only its own {@code nextval}. */
    private String nextValueSql(Handle handle) {
        if (nextValueSql == null) {
            String product;
            try {
                product = handle.getConnection().getMetaData().getDatabaseProductName();
            } catch (SQLException unreadable) {
                throw new IllegalStateException("the database does not say what it is", unreadable);
            }
            nextValueSql = product.toLowerCase(Locale.ROOT).contains("postgres")
                    ? "SELECT nextval('order_serials')"
                    : "SELECT NEXT VALUE FOR order_serials";
        }
        return nextValueSql;
    }
}
