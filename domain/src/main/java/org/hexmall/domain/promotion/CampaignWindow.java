package org.hexmall.domain.promotion;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.shared.DomainException;

/**
 * When a campaign runs: from {@code startsAt} up to, not including, {@code endsAt}. Supervisors give the times in
 * the store's time zone (Asia/Shanghai); the adapters turn them into instants.
 */
public record CampaignWindow(Instant startsAt, Instant endsAt) {

    public CampaignWindow {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new DomainException("promotion.window-order");
        }
    }

    public boolean hasStartedAt(Instant now) {
        return !now.isBefore(startsAt);
    }

    public boolean hasEndedAt(Instant now) {
        return !now.isBefore(endsAt);
    }

    public boolean contains(Instant now) {
        return hasStartedAt(now) && !hasEndedAt(now);
    }
}
