package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.StorageHealth;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the database a question only the store's own tables answer, so that a database that answers without them (a
 * schema dropped or not yet made) counts as unhealthy too, and gives up quickly if it does not answer. It reads at
 * most one row of an index.
 */
public final class JdbiStorageHealth implements StorageHealth {

    private static final Logger LOG = LoggerFactory.getLogger(JdbiStorageHealth.class);
    private static final int ANSWER_WITHIN_SECONDS = 2;

    private final Jdbi jdbi;

    JdbiStorageHealth(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean isReachable() {
        try {
            return jdbi.withHandle(handle -> handle.createQuery(
                            "SELECT COUNT(*) FROM (SELECT 1 FROM orders LIMIT 1) AS any_order")
                    .setQueryTimeout(ANSWER_WITHIN_SECONDS)
                    .mapTo(Integer.class)
                    .one()) >= 0;
        } catch (RuntimeException unreachable) {
            LOG.warn("The database did not answer the health check: {}", unreachable.toString());
            return false;
        }
    }
}
