package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final Map<ZonedDay, List<PaymentCount>> counted = new HashMap<>();

    InMemoryDashboardRollups(StoreLock lock, InMemoryPayments payments) {
        this.lock = lock;
        this.payments = payments;
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
            if (theDay.end().isAfter(now) || unsettled) {
                return Outcome.NOT_FINISHED;
            }
            counted.put(key, InMemoryDashboardFacts.livePayments(payments, theDay));
            return Outcome.COUNTED;
        });
    }

    /** The counts kept for the day, if it was counted. */
    Optional<List<PaymentCount>> countsOf(LocalDate day, ZoneId zone) {
        return Optional.ofNullable(counted.get(new ZonedDay(zone, day)));
    }

    RestorePoint restorePoint() {
        Map<ZonedDay, List<PaymentCount>> saved = Map.copyOf(counted);
        return () -> {
            counted.clear();
            counted.putAll(saved);
        };
    }
}
