package org.hexmall.adapter.out.persistence.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hexmall.application.port.out.persistence.CustomerSearch;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.EmailAddress;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.shared.Page;

/** Customer accounts in memory. Lookups scan every account, which is fine for tests and demos. */
public final class InMemoryCustomers implements Customers {

    /** The order the database adapter uses too, so that both page alike. */
    private static final Comparator<Customer> NEWEST_FIRST = Comparator.comparing(Customer::registeredAt)
            .reversed()
            .thenComparing(customer -> customer.id().toString());

    private final StoreLock lock;
    private final Map<CustomerId, Customer> byId = new HashMap<>();

    InMemoryCustomers(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(Customer customer) {
        lock.run(() -> {
            if (byId.containsKey(customer.id()) || clashesWithAnother(customer)) {
                throw new DuplicateKeyException("a customer with this phone or email already exists");
            }
            byId.put(customer.id(), customer);
        });
    }

    @Override
    public void update(Customer customer) {
        lock.run(() -> {
            if (clashesWithAnother(customer)) {
                throw new DuplicateKeyException("another customer has this phone or email");
            }
            byId.replace(customer.id(), customer);
        });
    }

    @Override
    public Optional<Customer> findById(CustomerId id) {
        return lock.call(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public List<Customer> findAllById(Set<CustomerId> ids) {
        return lock.call(() -> ids.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    @Override
    public Optional<Customer> findByPhone(PhoneNumber phone) {
        return lock.call(() -> byId.values().stream().filter(customer -> customer.phone().equals(phone)).findFirst());
    }

    @Override
    public Optional<Customer> findByEmail(EmailAddress email) {
        return lock.call(() -> byId.values().stream()
                .filter(customer -> customer.email().equals(Optional.of(email)))
                .findFirst());
    }

    @Override
    public Page<Customer> search(CustomerSearch search, int pageNumber, int pageSize, int countAtMost) {
        return lock.call(() -> {
            List<Customer> matches = byId.values().stream()
                    .filter(customer -> search.matches(customer.phone().value(),
                            customer.email().map(EmailAddress::value), customer.displayName().value()))
                    .sorted(NEWEST_FIRST)
                    .toList();
            List<Customer> page = matches.stream()
                    .skip((long) (pageNumber - 1) * pageSize)
                    .limit(pageSize)
                    .toList();
            return new Page<>(page, pageNumber, pageSize, Math.min(matches.size(), countAtMost));
        });
    }

    RestorePoint restorePoint() {
        Map<CustomerId, Customer> saved = new HashMap<>(byId);
        return () -> {
            byId.clear();
            byId.putAll(saved);
        };
    }

    private boolean clashesWithAnother(Customer customer) {
        return byId.values().stream()
                .filter(other -> !other.id().equals(customer.id()))
                .anyMatch(other -> other.phone().equals(customer.phone())
                        || customer.email().isPresent() && other.email().equals(customer.email()));
    }

}
