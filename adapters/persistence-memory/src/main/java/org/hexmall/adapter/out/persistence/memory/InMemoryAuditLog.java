package org.hexmall.adapter.out.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.AuditEntry;

/** Agents' actions in memory, in the order they were appended. */
public final class InMemoryAuditLog implements AuditLog {

    private final StoreLock lock;
    private final List<AuditEntry> entries = new ArrayList<>();

    InMemoryAuditLog(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void append(AuditEntry entry) {
        lock.run(() -> entries.add(entry));
    }

    @Override
    public List<AuditEntry> forCustomer(CustomerId customerId, int limit) {
        // Reversed before the stable sort, so that of two entries at the same instant the later-appended
        // comes first, as in the database adapter.
        return lock.call(() -> entries.reversed().stream()
                .filter(entry -> entry.customerId().equals(customerId))
                .sorted(Comparator.comparing(AuditEntry::at).reversed())
                .limit(limit)
                .toList());
    }

    RestorePoint restorePoint() {
        List<AuditEntry> saved = List.copyOf(entries);
        return () -> {
            entries.clear();
            entries.addAll(saved);
        };
    }
}
