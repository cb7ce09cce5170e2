package org.hexmall.adapter.out.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hexmall.application.port.out.persistence.PointsLedger;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.shared.Page;

/** Points ledgers in memory: one list of every entry, in the order they were appended. Entries are immutable. */
public final class InMemoryPointsLedger implements PointsLedger {

    private final StoreLock lock;
    private final List<PointsEntry> entries = new ArrayList<>();

    InMemoryPointsLedger(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void append(List<PointsEntry> added) {
        lock.run(() -> entries.addAll(added));
    }

    @Override
    public boolean spend(PointsEntry entry) {
        if (entry.change() >= 0) {
            throw new IllegalArgumentException("spending takes points away");
        }
        return lock.call(() -> {
            if (balance(entry.customerId()) < entry.points()) {
                return false;
            }
            entries.add(entry);
            return true;
        });
    }

    @Override
    public long takeAwayWithinBalance(PointsEntry entry) {
        if (entry.change() >= 0) {
            throw new IllegalArgumentException("taking away takes points away");
        }
        return lock.call(() -> {
            long taken = Math.min(entry.points(), Math.max(balance(entry.customerId()), 0));
            if (taken > 0) {
                entries.add(new PointsEntry(entry.customerId(), entry.kind(), taken, entry.payment(), entry.note(),
                        entry.at()));
            }
            return taken;
        });
    }

    @Override
    public long balanceOf(CustomerId customerId) {
        return lock.call(() -> balance(customerId));
    }

    /** The customer's balance, under the store's lock. */
    long balance(CustomerId customerId) {
        return entries.stream().filter(entry -> entry.customerId().equals(customerId))
                .mapToLong(PointsEntry::change).sum();
    }

    @Override
    public Page<PointsEntry> ofCustomer(CustomerId customerId, int page, int size) {
        return lock.call(() -> {
            List<PointsEntry> own = new ArrayList<>();
            for (int index = entries.size() - 1; index >= 0; index--) {
                if (entries.get(index).customerId().equals(customerId)) {
                    own.add(entries.get(index));
                }
            }
            // The newest first; of entries at the same instant, the one appended last first, as in the database.
            List<PointsEntry> newestFirst = own.stream()
                    .sorted(Comparator.comparing(PointsEntry::at).reversed())
                    .toList();
            return new Page<>(newestFirst.stream().skip((long) (page - 1) * size).limit(size).toList(), page, size,
                    newestFirst.size());
        });
    }

    @Override
    public List<PointsEntry> ofPayment(PaymentId payment) {
        return lock.call(() -> entries.stream()
                .filter(entry -> entry.payment().filter(payment::equals).isPresent())
                .sorted(Comparator.comparing(PointsEntry::at))
                .toList());
    }

    RestorePoint restorePoint() {
        List<PointsEntry> saved = List.copyOf(entries);
        return () -> {
            entries.clear();
            entries.addAll(saved);
        };
    }
}
