package org.hexmall.application.port.in.promotion;

import java.time.LocalDate;
import java.util.Objects;
import org.hexmall.domain.shared.Money;

/** What successful payments spent of a campaign on one day of the store's time zone. */
public record DailySpending(LocalDate day, Money spent) {

    public DailySpending {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(spent, "spent");
    }
}
