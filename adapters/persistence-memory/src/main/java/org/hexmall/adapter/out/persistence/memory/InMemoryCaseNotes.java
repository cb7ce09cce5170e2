package org.hexmall.adapter.out.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hexmall.application.port.out.persistence.CaseNotes;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.CaseNote;

/** Case notes in memory, in the order they were added. */
public final class InMemoryCaseNotes implements CaseNotes {

    private final StoreLock lock;
    private final List<CaseNote> notes = new ArrayList<>();

    InMemoryCaseNotes(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(CaseNote note) {
        lock.run(() -> notes.add(note));
    }

    @Override
    public List<CaseNote> latest(CustomerId customerId, int limit) {
        // Reversed before the stable sort, so that of two notes at the same instant the later-added comes first, as
        // in the database adapter.
        return lock.call(() -> notes.reversed().stream()
                .filter(note -> note.customerId().equals(customerId))
                .sorted(Comparator.comparing(CaseNote::at).reversed())
                .limit(limit)
                .toList());
    }

    RestorePoint restorePoint() {
        List<CaseNote> saved = List.copyOf(notes);
        return () -> {
            notes.clear();
            notes.addAll(saved);
        };
    }
}
