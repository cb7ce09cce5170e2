package org.hexmall.application.service.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hexmall.application.port.in.support.RollUpDashboardDays;
import org.hexmall.application.port.in.support.ViewDashboard;
import org.hexmall.application.port.out.persistence.DashboardFacts.Days;
import org.hexmall.application.port.out.persistence.DashboardRollups;
import org.hexmall.application.port.out.persistence.TransactionRunner;

/**
 * Offers each finished day the dashboard shows to be counted, oldest first, each in a transaction of its own: a day
 * counted before costs one look-up, and a day whose payments are still being confirmed is offered again next pass.
 */
public final class RollUpDashboardDaysService implements RollUpDashboardDays {

    private final DashboardRollups rollups;
    private final TransactionRunner transactions;
    private final ZoneId storeZone;
    private final Clock clock;

    public RollUpDashboardDaysService(DashboardRollups rollups, TransactionRunner transactions, ZoneId storeZone,
                                      Clock clock) {
        this.rollups = rollups;
        this.transactions = transactions;
        this.storeZone = storeZone;
        this.clock = clock;
    }

    @Override
    public int rollUp() {
        Instant now = clock.instant();
        int counted = 0;
        for (LocalDate day : Days.endingAt(now, storeZone, ViewDashboard.DAYS).dates()) {
            if (!day.plusDays(1).atStartOfDay(storeZone).toInstant().isAfter(now)
                    && transactions.inTransaction(() -> rollups.rollUp(day, storeZone, now))
                    == DashboardRollups.Outcome.COUNTED) {
                counted++;
            }
        }
        return counted;
    }
}
