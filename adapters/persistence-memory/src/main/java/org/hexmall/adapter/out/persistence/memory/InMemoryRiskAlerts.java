package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.risk.AlertFilter;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.Resolution;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.shared.Page;

/** Risk alerts in memory. Alerts are immutable records, so they are shared rather than copied. */
public final class InMemoryRiskAlerts implements RiskAlerts {

    /** Open first, then the most severe, then the newest; the id settles ties, as in the database adapter. */
    private static final Comparator<RiskAlert> QUEUE_ORDER = Comparator
            .comparing((RiskAlert alert) -> alert.isOpen() ? 0 : 1)
            .thenComparing(RiskAlert::severity, Comparator.reverseOrder())
            .thenComparing(RiskAlert::raisedAt, Comparator.reverseOrder())
            .thenComparing(alert -> alert.id().toString());

    private final StoreLock lock;
    private final InMemoryRiskHolds holds;
    private final Map<RiskAlertId, RiskAlert> byId = new LinkedHashMap<>();

    InMemoryRiskAlerts(StoreLock lock, InMemoryRiskHolds holds) {
        this.lock = lock;
        this.holds = holds;
    }

    @Override
    public void raise(RiskAlert alert) {
        lock.run(() -> {
            if (byId.containsKey(alert.id())) {
                throw new DuplicateKeyException("risk alert " + alert.id());
            }
            byId.put(alert.id(), alert);
        });
    }

    @Override
    public Optional<RiskAlert> findById(RiskAlertId id) {
        return lock.call(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public Page<RiskAlert> list(AlertFilter filter, int page, int size) {
        return lock.call(() -> {
            List<RiskAlert> matching = byId.values().stream().filter(filter::accepts).sorted(QUEUE_ORDER).toList();
            List<RiskAlert> items = matching.stream().skip((long) (page - 1) * size).limit(size).toList();
            return new Page<>(items, page, size, matching.size());
        });
    }

    @Override
    public long countOpen() {
        return lock.call(() -> byId.values().stream().filter(RiskAlert::isOpen).count());
    }

    @Override
    public List<RiskAlert> latestOf(CustomerId customerId, int limit) {
        return lock.call(() -> byId.values().stream()
                .filter(alert -> alert.customerId().equals(customerId))
                .sorted(Comparator.comparing(RiskAlert::raisedAt).reversed()
                        .thenComparing(alert -> alert.id().toString()))
                .limit(limit)
                .toList());
    }

    @Override
    public AlertsWithHolds latestWithHoldsOf(CustomerId customerId, int limit) {
        return lock.call(() -> {
            List<RiskAlert> latest = latestOf(customerId, limit);
            return new AlertsWithHolds(latest, latest.stream()
                    .flatMap(alert -> holds.findByAlert(alert.id()).stream()).toList());
        });
    }

    @Override
    public boolean resolve(RiskAlertId id, Resolution resolution) {
        return lock.call(() -> {
            RiskAlert alert = byId.get(id);
            if (alert == null || !alert.isOpen()) {
                return false;
            }
            byId.put(id, new RiskAlert(alert.id(), alert.customerId(), alert.raisedAt(), alert.attempt(),
                    alert.fired(), alert.decision(), alert.factor(), alert.severity(), alert.outcome(),
                    Optional.of(resolution)));
            return true;
        });
    }

    @Override
    public boolean recordOutcome(RiskAlertId id, AlertOutcome outcome) {
        return lock.call(() -> {
            RiskAlert alert = byId.get(id);
            if (alert == null) {
                return false;
            }
            byId.put(id, new RiskAlert(alert.id(), alert.customerId(), alert.raisedAt(), alert.attempt(),
                    alert.fired(), alert.decision(), alert.factor(), alert.severity(), outcome,
                    alert.resolution()));
            return true;
        });
    }

    @Override
    public int markAbandoned(Instant raisedBefore) {
        return lock.call(() -> {
            List<RiskAlert> asking = byId.values().stream()
                    .filter(alert -> alert.outcome() == AlertOutcome.VERIFICATION_ASKED
                            && alert.raisedAt().isBefore(raisedBefore))
                    .toList();
            asking.forEach(alert -> byId.put(alert.id(), new RiskAlert(alert.id(), alert.customerId(),
                    alert.raisedAt(), alert.attempt(), alert.fired(), alert.decision(), alert.factor(),
                    alert.severity(), AlertOutcome.ABANDONED, alert.resolution())));
            return asking.size();
        });
    }

    Stream<RiskAlert> stored() {
        return byId.values().stream();
    }

    RestorePoint restorePoint() {
        Map<RiskAlertId, RiskAlert> saved = new LinkedHashMap<>(byId);
        return () -> {
            byId.clear();
            byId.putAll(saved);
        };
    }
}
