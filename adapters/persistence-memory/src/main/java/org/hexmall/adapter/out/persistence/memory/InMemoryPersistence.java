package org.hexmall.adapter.out.persistence.memory;

import java.util.List;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.StorageHealth;
import org.hexmall.application.port.out.persistence.TransactionRunner;

/**
 * Every persistence out-port, kept in this process's memory: empty at start, gone at exit. For tests and
 * demos on one node; it passes the same contract tests as the database adapter.
 */
public final class InMemoryPersistence {

    private final StoreLock lock = new StoreLock();
    private final InMemoryCustomers customers = new InMemoryCustomers(lock);
    private final InMemoryLoginHistory loginHistory = new InMemoryLoginHistory(lock);
    private final InMemoryAgents agents = new InMemoryAgents(lock);
    private final InMemorySessions sessions = new InMemorySessions(lock);
    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner(lock, List.of(
            customers::restorePoint, loginHistory::restorePoint, agents::restorePoint, sessions::restorePoint));
    private final InMemoryStorageHealth storageHealth = new InMemoryStorageHealth();

    public Customers customers() {
        return customers;
    }

    public LoginHistory loginHistory() {
        return loginHistory;
    }

    public Agents agents() {
        return agents;
    }

    public Sessions sessions() {
        return sessions;
    }

    public TransactionRunner transactions() {
        return transactions;
    }

    public StorageHealth storageHealth() {
        return storageHealth;
    }
}
