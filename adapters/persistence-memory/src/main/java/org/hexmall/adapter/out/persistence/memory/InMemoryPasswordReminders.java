package org.hexmall.adapter.out.persistence.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.PasswordReminders;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PasswordReminder;

/** Password reminders in memory, one per customer. */
public final class InMemoryPasswordReminders implements PasswordReminders {

    private final StoreLock lock;
    private final Map<CustomerId, PasswordReminder> byCustomer = new HashMap<>();

    InMemoryPasswordReminders(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public Optional<PasswordReminder> find(CustomerId customer) {
        return lock.call(() -> Optional.ofNullable(byCustomer.get(customer)));
    }

    @Override
    public void save(PasswordReminder reminder) {
        lock.run(() -> byCustomer.put(reminder.customer(), reminder));
    }

    RestorePoint restorePoint() {
        Map<CustomerId, PasswordReminder> saved = new HashMap<>(byCustomer);
        return () -> {
            byCustomer.clear();
            byCustomer.putAll(saved);
        };
    }
}
