package org.hexmall.adapter.out.persistence.memory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.StepUps;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.StepUp;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.StepUpId;

/** Step-ups in memory, by id, in the order they were first saved; each is an immutable record. */
public final class InMemoryStepUps implements StepUps {

    private final StoreLock lock;
    private final Map<StepUpId, StepUp> byId = new LinkedHashMap<>();

    InMemoryStepUps(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void save(StepUp stepUp) {
        lock.run(() -> byId.put(stepUp.id(), stepUp));
    }

    @Override
    public Optional<StepUp> findById(StepUpId id) {
        return lock.call(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public Optional<StepUp> latestFor(CustomerId customer, StepUpAction action) {
        // Of two started at the same instant, the one saved later wins, as the database's sequence decides.
        return lock.call(() -> byId.values().stream()
                .filter(stepUp -> stepUp.customer().equals(customer) && stepUp.action() == action)
                .reduce((earlier, later) -> later.startedAt().isBefore(earlier.startedAt()) ? earlier : later));
    }

    RestorePoint restorePoint() {
        Map<StepUpId, StepUp> saved = new LinkedHashMap<>(byId);
        return () -> {
            byId.clear();
            byId.putAll(saved);
        };
    }
}
