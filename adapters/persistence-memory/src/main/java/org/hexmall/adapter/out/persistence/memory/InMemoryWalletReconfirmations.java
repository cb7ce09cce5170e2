package org.hexmall.adapter.out.persistence.memory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hexmall.application.port.out.persistence.WalletReconfirmations;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.ReconfirmationId;
import org.hexmall.domain.wallet.WalletReconfirmation;

/** Wallet re-confirmation requests in memory, by id; each is an immutable record. */
public final class InMemoryWalletReconfirmations implements WalletReconfirmations {

    private final StoreLock lock;
    private final Map<ReconfirmationId, WalletReconfirmation> byId = new LinkedHashMap<>();

    InMemoryWalletReconfirmations(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(WalletReconfirmation reconfirmation) {
        lock.run(() -> {
            if (byId.putIfAbsent(reconfirmation.id(), reconfirmation) != null) {
                throw new IllegalStateException("a re-confirmation with this id exists: " + reconfirmation.id());
            }
        });
    }

    @Override
    public Optional<WalletReconfirmation> find(CustomerId customer, ReconfirmationId id) {
        return lock.call(() -> Optional.ofNullable(byId.get(id))
                .filter(reconfirmation -> reconfirmation.customerId().equals(customer)));
    }

    @Override
    public void update(WalletReconfirmation reconfirmation) {
        lock.run(() -> byId.replace(reconfirmation.id(), reconfirmation));
    }

    /** Every request, for the risk facts; call it holding the lock. */
    Stream<WalletReconfirmation> stored() {
        return byId.values().stream();
    }

    RestorePoint restorePoint() {
        Map<ReconfirmationId, WalletReconfirmation> saved = new LinkedHashMap<>(byId);
        return () -> {
            byId.clear();
            byId.putAll(saved);
        };
    }
}
