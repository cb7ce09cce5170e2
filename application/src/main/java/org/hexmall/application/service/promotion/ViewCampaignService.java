package org.hexmall.application.service.promotion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.promotion.CampaignDetails;
import org.hexmall.application.port.in.promotion.CampaignRedemption;
import org.hexmall.application.port.in.promotion.CampaignSummary;
import org.hexmall.application.port.in.promotion.DailySpending;
import org.hexmall.application.port.in.promotion.ViewCampaign;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.CampaignStanding;
import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.PromotionBudgets;
import org.hexmall.application.port.out.persistence.PromotionBudgets.ListedRedemption;
import org.hexmall.application.port.out.persistence.PromotionBudgets.Redemption;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;

/**
 * Reads a campaign with what it spent per day of the store's time zone, from its window's first day up to today or
 * its last day (at most {@link #MAX_DAYS}, the latest), its redemptions, its reversals and its audit history.
 */
public final class ViewCampaignService implements ViewCampaign {

    /** The most days the spending covers: a year and a day, the latest. */
    static final int MAX_DAYS = 366;

    private final Campaigns campaigns;
    private final PromotionBudgets budgets;
    private final AuditLog auditLog;
    private final TransactionRunner transactions;
    private final ZoneId storeZone;
    private final Clock clock;

    public ViewCampaignService(Campaigns campaigns, PromotionBudgets budgets, AuditLog auditLog,
                               TransactionRunner transactions, ZoneId storeZone, Clock clock) {
        this.campaigns = campaigns;
        this.budgets = budgets;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.storeZone = storeZone;
        this.clock = clock;
    }

    @Override
    public Optional<CampaignDetails> view(CampaignId id, int redemptionsPage, int reversalsPage) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> campaigns.findById(id).map(standing -> new CampaignDetails(
                new CampaignSummary(standing.campaign(), standing.statusAt(now), standing.budgetUsed()),
                spending(standing, now),
                budgets.redemptions(id, Math.max(1, redemptionsPage), REDEMPTIONS_PER_PAGE)
                        .map(ViewCampaignService::redemption),
                budgets.reversals(id, Math.max(1, reversalsPage), REDEMPTIONS_PER_PAGE)
                        .map(ViewCampaignService::redemption),
                auditLog.forCampaign(id, HISTORY_ENTRIES))));
    }

    private List<DailySpending> spending(CampaignStanding standing, Instant now) {
        Campaign campaign = standing.campaign();
        Instant last = campaign.endedAt().filter(ended -> ended.isBefore(now)).orElse(now);
        if (campaign.window().endsAt().isBefore(last)) {
            last = campaign.window().endsAt().minusNanos(1);
        }
        if (last.isBefore(campaign.window().startsAt())) {
            return List.of();
        }
        LocalDate lastDay = LocalDate.ofInstant(last, storeZone);
        LocalDate firstDay = LocalDate.ofInstant(campaign.window().startsAt(), storeZone);
        if (ChronoUnit.DAYS.between(firstDay, lastDay) >= MAX_DAYS) {
            firstDay = lastDay.minusDays(MAX_DAYS - 1);
        }
        Instant from = firstDay.atStartOfDay(storeZone).toInstant();
        Instant to = lastDay.plusDays(1).atStartOfDay(storeZone).toInstant();
        LocalDate start = firstDay;
        // Days of the store's zone are 24 hours long: Asia/Shanghai keeps no summer time.
        return budgets.spendingOverTime(campaign.id(), from, to, Duration.ofDays(1)).stream()
                .map(bucket -> new DailySpending(LocalDate.ofInstant(bucket.startsAt(), storeZone), bucket.spent()))
                .filter(day -> !day.day().isBefore(start))
                .toList();
    }

    private static CampaignRedemption redemption(ListedRedemption listed) {
        Redemption redemption = listed.redemption();
        return new CampaignRedemption(redemption.payment(),
                listed.order().map(order -> new CampaignRedemption.Order(order.id(), order.number())),
                redemption.customer(), redemption.amount(),
                CampaignRedemption.State.valueOf(redemption.state().name()), redemption.reservedAt(),
                redemption.settledAt(), redemption.reversed(), redemption.reversedAt());
    }
}
