package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.DashboardFacts.BindingFunnel;
import org.hexmall.application.port.out.persistence.DashboardFacts.Days;
import org.hexmall.application.port.out.persistence.DashboardFacts.PaymentCount;
import org.hexmall.application.port.out.persistence.DashboardRollups;

/** The counts of finished days in memory, taken from the live counts of the in-memory dashboard facts. */
final class InMemoryDashboardRollups implements DashboardRollups {

    /** A day of a time zone. */
    private record ZonedDay(ZoneId zone, LocalDate day) {
    }

    private final StoreLock lock;
    private final InMemoryPayments payments;
    /** What a counted day keeps: its payments' counts and its bindings' funnels (with none counted as bound). */
    record DayCounts(List<PaymentCount> payments, List<BindingFunnel> funnels) {
    }

    private final InMemoryWalletBindings bindings;
    private final Map<ZonedDay, DayCounts> counted = new HashMap<>();

    InMemoryDashboardRollups(StoreLock lock, InMemoryPayments payments, InMemoryWalletBindings bindings) {
        this.lock = lock;
        this.payments = payments;
        this.bindings = bindings;
    }

    @Override
    public Outcome rollUp(LocalDate day, ZoneId zone, Instant now) {
        return lock.call(() -> {
            ZonedDay key = new ZonedDay(zone, day);
            if (counted.containsKey(key)) {
                return Outcome.ALREADY_COUNTED;
            }
            Days theDay = new Days(day, day, zone);
            boolean unsettled = payments.stored().anyMatch(payment -> theDay.dayOf(payment.createdAt()).isPresent()
                    && !payment.status().isFinal());
            boolean bindingUnderWay = bindings.stored().anyMatch(binding -> theDay.dayOf(binding.startedAt())
                    .isPresent() && binding.status().isPending());
            if (theDay.end().isAfter(now) || unsettled || bindingUnderWay) {
                return Outcome.NOT_FINISHED;
            }
            counted.put(key, new DayCounts(InMemoryDashboardFacts.livePayments(payments, theDay),
                    InMemoryDashboardFacts.liveFunnels(bindings, theDay, false)));
            return Outcome.COUNTED;
        });
    }

    /** The counts kept for the day, if it was counted. */
    Optional<DayCounts> countsOf(LocalDate day, ZoneId zone) {
        return Optional.ofNullable(counted.get(new ZonedDay(zone, day)));
    }

    RestorePoint restorePoint() {
        Map<ZonedDay, DayCounts> saved = Map.copyOf(counted);
        return () -> {
            counted.clear();
            counted.putAll(saved);
        };
    }
}
