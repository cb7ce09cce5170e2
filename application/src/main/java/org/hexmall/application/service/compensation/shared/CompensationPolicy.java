package org.hexmall.application.service.compensation.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.hexmall.domain.shared.Money;

/**
 * How much one agent may give customers in a day without a supervisor: the value of the coupons (their amount off or
 * cap) and points (100 points are ¥1) they grant, counted from midnight in the store's time zone.
 */
public record CompensationPolicy(Money dailyLimitPerAgent, ZoneId storeZone) {

    /** ¥50 a day per agent, days counted in China Standard Time. */
    public static final CompensationPolicy STANDARD =
            new CompensationPolicy(Money.ofYuan(50, 0), ZoneId.of("Asia/Shanghai"));

    public CompensationPolicy {
        Objects.requireNonNull(dailyLimitPerAgent, "dailyLimitPerAgent");
        Objects.requireNonNull(storeZone, "storeZone");
    }

    /** The start of the store's day that holds {@code now}: when an agent's limit starts again. */
    public Instant startOfDay(Instant now) {
        return now.atZone(storeZone).toLocalDate().atStartOfDay(storeZone).toInstant();
    }

    public CompensationPolicy withDailyLimit(Money limit) {
        return new CompensationPolicy(limit, storeZone);
    }

    public CompensationPolicy withStoreZone(ZoneId zone) {
        return new CompensationPolicy(dailyLimitPerAgent, zone);
    }
}
