package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.shared.Page;

/** Security events in memory, in the order they were recorded. */
public final class InMemorySecurityEvents implements SecurityEvents {

    private final StoreLock lock;
    private final List<SecurityEvent> events = new ArrayList<>();

    InMemorySecurityEvents(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void record(SecurityEvent event) {
        lock.run(() -> events.add(event));
    }

    @Override
    public Page<SecurityEvent> newestFirst(CustomerId customerId, int pageNumber, int pageSize) {
        // Reversed before the stable sort, so that of two events at the same instant the later-recorded
        // comes first, as in the database adapter.
        return lock.call(() -> {
            List<SecurityEvent> theirs = events.reversed().stream()
                    .filter(event -> event.customerId().equals(customerId))
                    .sorted(Comparator.comparing(SecurityEvent::at).reversed())
                    .toList();
            List<SecurityEvent> page = theirs.stream()
                    .skip((long) (pageNumber - 1) * pageSize)
                    .limit(pageSize)
                    .toList();
            return new Page<>(page, pageNumber, pageSize, theirs.size());
        });
    }

    @Override
    public long countSince(CustomerId customerId, Set<SecurityEventKind> kinds, Instant since) {
        return lock.call(() -> events.stream()
                .filter(event -> event.customerId().equals(customerId))
                .filter(event -> kinds.contains(event.kind()))
                .filter(event -> !event.at().isBefore(since))
                .count());
    }

    /** The latest of the customer's events of the given kinds, if any was recorded; of two at once, the later kept. */
    Optional<SecurityEvent> latest(CustomerId customerId, Set<SecurityEventKind> kinds) {
        return lock.call(() -> events.stream()
                .filter(event -> event.customerId().equals(customerId))
                .filter(event -> kinds.contains(event.kind()))
                .reduce((earlier, later) -> later.at().isBefore(earlier.at()) ? earlier : later));
    }

    RestorePoint restorePoint() {
        List<SecurityEvent> saved = List.copyOf(events);
        return () -> {
            events.clear();
            events.addAll(saved);
        };
    }
}
