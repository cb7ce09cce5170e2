package org.hexmall.adapter.out.persistence.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hexmall.application.port.out.persistence.PasswordReminders;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PasswordReminder;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;

/** Password reminders in memory, one per customer. */
public final class InMemoryPasswordReminders implements PasswordReminders {

    private final StoreLock lock;
    private final Map<CustomerId, PasswordReminder> byCustomer = new HashMap<>();

    private final InMemoryCustomers customers;
    private final InMemorySecurityEvents events;

    InMemoryPasswordReminders(StoreLock lock, InMemoryCustomers customers, InMemorySecurityEvents events) {
        this.lock = lock;
        this.customers = customers;
        this.events = events;
    }

    @Override
    public Optional<PasswordReminder> find(CustomerId customer) {
        return lock.call(() -> Optional.ofNullable(byCustomer.get(customer)));
    }

    @Override
    public Optional<PasswordReminder> standing(CustomerId customer, Set<SecurityEventKind> warnings) {
        return lock.call(() -> customers.findById(customer).map(found -> {
            PasswordReminder reminder = Optional.ofNullable(byCustomer.get(customer))
                    .orElseGet(() -> PasswordReminder.passwordSetAt(customer, found.registeredAt()));
            Optional<SecurityEvent> latest = events.latest(customer, warnings);
            return reminder.warnedAt(latest.map(SecurityEvent::at).orElse(null),
                    latest.map(SecurityEvent::kind).orElse(null));
        }));
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
