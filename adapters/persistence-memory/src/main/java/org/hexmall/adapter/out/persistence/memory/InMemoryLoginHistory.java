package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.LoginRecord;

/** Login attempts in memory, in the order they were recorded. */
public final class InMemoryLoginHistory implements LoginHistory {

    private final StoreLock lock;
    private final List<LoginRecord> entries = new ArrayList<>();
    private final List<UnknownLoginFailure> unknownFailures = new ArrayList<>();

    /** A failed login that named no account: where it came from and when. */
    record UnknownLoginFailure(String clientAddress, Instant at) {
    }

    InMemoryLoginHistory(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void record(LoginRecord entry) {
        lock.run(() -> entries.add(entry));
    }

    @Override
    public List<LoginRecord> latest(CustomerId customerId, int limit) {
        // Reversed before the stable sort, so that of two attempts at the same instant the later-recorded
        // comes first, as in the database adapter.
        return lock.call(() -> entries.reversed().stream()
                .filter(entry -> entry.customerId().equals(customerId))
                .sorted(Comparator.comparing(LoginRecord::at).reversed())
                .limit(limit)
                .toList());
    }

    @Override
    public void recordUnknownLoginFailure(String clientAddress, Instant at) {
        lock.run(() -> unknownFailures.add(new UnknownLoginFailure(clientAddress == null ? "" : clientAddress, at)));
    }

    @Override
    public int forgetUnknownLoginFailuresBefore(Instant before) {
        return lock.call(() -> {
            int kept = unknownFailures.size();
            unknownFailures.removeIf(failure -> failure.at().isBefore(before));
            return kept - unknownFailures.size();
        });
    }

    /** The failed logins that named no account, for the risk facts' aggregates; read only, under the store's lock. */
    Stream<UnknownLoginFailure> storedUnknownFailures() {
        return unknownFailures.stream();
    }

    /** Every attempt in the order recorded, for the risk facts' aggregates; read only, under the store's lock. */
    Stream<LoginRecord> stored() {
        return entries.stream();
    }

    RestorePoint restorePoint() {
        List<LoginRecord> saved = List.copyOf(entries);
        List<UnknownLoginFailure> savedUnknown = List.copyOf(unknownFailures);
        return () -> {
            entries.clear();
            entries.addAll(saved);
            unknownFailures.clear();
            unknownFailures.addAll(savedUnknown);
        };
    }
}
