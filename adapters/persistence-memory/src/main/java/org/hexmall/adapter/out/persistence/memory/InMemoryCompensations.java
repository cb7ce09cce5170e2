package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hexmall.application.port.out.persistence.Compensations;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.Compensation;
import org.hexmall.domain.support.CompensationId;
import org.hexmall.domain.support.CompensationStatus;

/**
 * Compensations in memory, in the order they were stored, each with its agent's form key; the store's one lock orders
 * grants and decisions.
 */
public final class InMemoryCompensations implements Compensations {

    private final StoreLock lock;
    private final Map<CompensationId, Compensation> byId = new LinkedHashMap<>();
    private final Map<FormKey, CompensationId> byFormKey = new HashMap<>();

    /** An agent's form key: one compensation each. */
    private record FormKey(AgentId agent, String key) {
    }

    InMemoryCompensations(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public boolean grantWithinLimit(Compensation granted, String requestKey, Instant since, Money dailyLimit) {
        requireStatus(granted, CompensationStatus.GRANTED);
        return lock.call(() -> {
            FormKey key = new FormKey(granted.requestedBy(), requestKey);
            if (byFormKey.containsKey(key)) {
                throw new DuplicateKeyException("the form key of compensation " + granted.id());
            }
            if (granted(granted.requestedBy(), since).plus(granted.value()).isGreaterThan(dailyLimit)) {
                return false;
            }
            store(granted, key);
            return true;
        });
    }

    @Override
    public void add(Compensation request, String requestKey) {
        requireStatus(request, CompensationStatus.PENDING);
        lock.run(() -> store(request, new FormKey(request.requestedBy(), requestKey)));
    }

    private void store(Compensation compensation, FormKey key) {
        if (byId.containsKey(compensation.id()) || byFormKey.containsKey(key)) {
            throw new DuplicateKeyException("compensation " + compensation.id() + " or its form key");
        }
        byId.put(compensation.id(), compensation);
        byFormKey.put(key, compensation.id());
    }

    private static void requireStatus(Compensation compensation, CompensationStatus expected) {
        if (compensation.status() != expected) {
            throw new IllegalArgumentException("expected a " + expected + " compensation");
        }
    }

    @Override
    public Optional<Compensation> findById(CompensationId id) {
        return lock.call(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public Optional<Compensation> findByRequestKey(AgentId agent, String requestKey) {
        return lock.call(() -> Optional.ofNullable(byFormKey.get(new FormKey(agent, requestKey))).map(byId::get));
    }

    @Override
    public boolean decide(Compensation decided) {
        if (decided.decision().isEmpty()) {
            throw new IllegalArgumentException("a decision is approved or rejected");
        }
        return lock.call(() -> {
            Compensation stored = byId.get(decided.id());
            if (stored == null || stored.status() != CompensationStatus.PENDING) {
                return false;
            }
            byId.put(decided.id(), decided);
            return true;
        });
    }

    @Override
    public Money grantedSince(AgentId agent, Instant since) {
        return lock.call(() -> granted(agent, since));
    }

    private Money granted(AgentId agent, Instant since) {
        return Money.ofFen(byId.values().stream()
                .filter(compensation -> compensation.requestedBy().equals(agent))
                .filter(compensation -> compensation.status() == CompensationStatus.GRANTED)
                .filter(compensation -> !compensation.requestedAt().isBefore(since))
                .mapToLong(compensation -> compensation.value().fen()).sum());
    }

    @Override
    public Page<Compensation> pending(int page, int size) {
        return lock.call(() -> page(byId.values().stream()
                .filter(compensation -> compensation.status() == CompensationStatus.PENDING)
                .sorted(Comparator.comparing(Compensation::requestedAt)).toList(), page, size));
    }

    @Override
    public Page<Compensation> ofCustomer(CustomerId customerId, int page, int size) {
        return lock.call(() -> {
            List<Compensation> own = new ArrayList<>(byId.values().stream()
                    .filter(compensation -> compensation.customerId().equals(customerId)).toList());
            Collections.reverse(own);
            return page(own.stream().sorted(Comparator.comparing(Compensation::requestedAt).reversed()).toList(),
                    page, size);
        });
    }

    private static Page<Compensation> page(List<Compensation> all, int page, int size) {
        return new Page<>(all.stream().skip((long) (page - 1) * size).limit(size).toList(), page, size, all.size());
    }

    RestorePoint restorePoint() {
        Map<CompensationId, Compensation> saved = new LinkedHashMap<>(byId);
        Map<FormKey, CompensationId> savedKeys = new HashMap<>(byFormKey);
        return () -> {
            byId.clear();
            byId.putAll(saved);
            byFormKey.clear();
            byFormKey.putAll(savedKeys);
        };
    }

    /** Every compensation as stored, for counting by the dashboard; call holding the store's lock. */
    Stream<Compensation> stored() {
        return byId.values().stream();
    }
}
