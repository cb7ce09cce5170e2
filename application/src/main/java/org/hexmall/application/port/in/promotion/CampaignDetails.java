package org.hexmall.application.port.in.promotion;

import java.util.List;
import java.util.Objects;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.support.CampaignAuditEntry;

/**
 * Everything a campaign's page shows: its settings and status, what it spent on each day of its window up to now,
 * one page of its redemptions, one page of the redemptions refunds reversed, and what supervisors did to it.
 *
 * @param spending one entry per day of the store's time zone from the window's first day up to today (or the
 *                 window's last day), empty before the window opens
 * @param history  the latest audit entries about the campaign, newest first
 */
public record CampaignDetails(CampaignSummary summary, List<DailySpending> spending,
                              Page<CampaignRedemption> redemptions, Page<CampaignRedemption> reversals,
                              List<CampaignAuditEntry> history) {

    public CampaignDetails {
        Objects.requireNonNull(summary, "summary");
        spending = List.copyOf(spending);
        Objects.requireNonNull(redemptions, "redemptions");
        Objects.requireNonNull(reversals, "reversals");
        history = List.copyOf(history);
    }
}
