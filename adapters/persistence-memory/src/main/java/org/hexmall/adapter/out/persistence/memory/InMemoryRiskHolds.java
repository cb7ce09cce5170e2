package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.hexmall.application.port.out.persistence.RiskHolds;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.risk.HeldAttempts;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskHold;

/** Risk holds in memory. Holds are immutable records, so they are shared rather than copied. */
public final class InMemoryRiskHolds implements RiskHolds {

    private final StoreLock lock;
    private final Map<RiskAlertId, RiskHold> byAlert = new LinkedHashMap<>();

    InMemoryRiskHolds(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void place(RiskHold hold) {
        lock.run(() -> {
            if (byAlert.containsKey(hold.alert())) {
                throw new DuplicateKeyException("risk hold " + hold.alert());
            }
            byAlert.put(hold.alert(), hold);
        });
    }

    @Override
    public Optional<RiskHold> findByAlert(RiskAlertId alert) {
        return lock.call(() -> Optional.ofNullable(byAlert.get(alert)));
    }

    @Override
    public List<RiskHold> activeOf(CustomerId customerId, Instant now) {
        return lock.call(() -> byAlert.values().stream()
                .filter(hold -> hold.customerId().equals(customerId) && hold.isActiveAt(now))
                .sorted(Comparator.comparing(RiskHold::placedAt).reversed()
                        .thenComparing(hold -> hold.alert().toString()))
                .toList());
    }

    @Override
    public boolean lift(RiskAlertId alert, RiskHold.Lift lift) {
        return lock.call(() -> {
            RiskHold hold = byAlert.get(alert);
            if (hold == null || !hold.isActiveAt(lift.at())) {
                return false;
            }
            byAlert.put(alert, hold.liftedBy(lift));
            return true;
        });
    }

    /** The latest end of the customer's holds of these attempts not lifted, as the risk facts read it. */
    Optional<Instant> heldUntil(CustomerId customerId, HeldAttempts holds) {
        return stored()
                .filter(hold -> hold.customerId().equals(customerId) && hold.holds() == holds)
                .filter(hold -> hold.lifted().isEmpty())
                .map(RiskHold::endsAt)
                .max(Comparator.naturalOrder());
    }

    Optional<Instant> lastLiftedAt(CustomerId customerId) {
        return stored()
                .filter(hold -> hold.customerId().equals(customerId))
                .flatMap(hold -> hold.lifted().stream())
                .map(RiskHold.Lift::at)
                .max(Comparator.naturalOrder());
    }

    Stream<RiskHold> stored() {
        return byAlert.values().stream();
    }

    RestorePoint restorePoint() {
        Map<RiskAlertId, RiskHold> saved = new LinkedHashMap<>(byAlert);
        return () -> {
            byAlert.clear();
            byAlert.putAll(saved);
        };
    }
}
