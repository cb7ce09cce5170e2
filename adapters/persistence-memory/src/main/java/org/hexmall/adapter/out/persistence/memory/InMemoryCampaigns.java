package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hexmall.application.port.out.persistence.CampaignStanding;
import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;

/**
 * Campaigns in memory, each a copy (campaigns change), with the budget used that {@link InMemoryPromotionBudgets}
 * moves.
 */
public final class InMemoryCampaigns implements Campaigns {

    /** A stored campaign: what supervisors set, when it was created, and what payments used of it. */
    private record Row(Campaign campaign, Instant createdAt, Money used) {
    }

    /** The newest first; the id settles ties, as in the database adapter. */
    private static final Comparator<Row> NEWEST_FIRST = Comparator.comparing(Row::createdAt).reversed()
            .thenComparing(row -> row.campaign().id().toString());

    private final StoreLock lock;
    private final Map<CampaignId, Row> byId = new HashMap<>();

    InMemoryCampaigns(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(Campaign campaign, Instant createdAt) {
        lock.run(() -> {
            if (byId.containsKey(campaign.id())) {
                throw new DuplicateKeyException("campaign " + campaign.id());
            }
            byId.put(campaign.id(), new Row(copyOf(campaign), createdAt, Money.ZERO));
        });
    }

    @Override
    public boolean update(Campaign campaign) {
        return lock.call(() -> {
            Row row = byId.get(campaign.id());
            if (row == null || row.used().compareTo(campaign.budget()) > 0) {
                return false;
            }
            // What the campaign was created with stays; supervisors change its window, budget, limit and state.
            Campaign stored = row.campaign();
            byId.put(campaign.id(), new Row(Campaign.reconstitute(stored.id(), stored.nameEn(), stored.nameZh(),
                    stored.kind(), stored.conditions(), stored.benefit(), stored.stackingGroup(),
                    stored.couponValidityDays(), campaign.window(), campaign.budget(), campaign.usesPerCustomer(),
                    campaign.isPaused(), campaign.endedAt()), row.createdAt(), row.used()));
            return true;
        });
    }

    @Override
    public Optional<CampaignStanding> findById(CampaignId id) {
        return lock.call(() -> Optional.ofNullable(byId.get(id)).map(InMemoryCampaigns::standing));
    }

    /** The in-memory store runs one transaction at a time, so reading is locking. */
    @Override
    public Optional<CampaignStanding> lockById(CampaignId id) {
        return findById(id);
    }

    @Override
    public Page<CampaignStanding> list(int page, int size) {
        return lock.call(() -> {
            List<CampaignStanding> items = byId.values().stream().sorted(NEWEST_FIRST)
                    .skip((long) (page - 1) * size).limit(size).map(InMemoryCampaigns::standing).toList();
            return new Page<>(items, page, size, byId.size());
        });
    }

    @Override
    public List<CampaignStanding> running(Instant now) {
        return lock.call(() -> runningAt(now).map(InMemoryCampaigns::standing).toList());
    }

    /** The campaigns running at {@code now}, by start, under the store's lock. */
    Stream<Campaign> runningCampaigns(Instant now) {
        return runningAt(now).map(Row::campaign);
    }

    private Stream<Row> runningAt(Instant now) {
        return byId.values().stream()
                .filter(row -> isRunning(row.campaign(), now))
                .sorted(Comparator.comparing((Row row) -> row.campaign().window().startsAt())
                        .thenComparing(row -> row.campaign().id().toString()));
    }

    /** Open at {@code now}, neither paused nor ended: what a reservation needs too. */
    static boolean isRunning(Campaign campaign, Instant now) {
        return campaign.window().contains(now) && !campaign.isPaused() && campaign.endedAt().isEmpty();
    }

    /** The stored campaign, not a copy: read only, under the store's lock. */
    Optional<Campaign> stored(CampaignId id) {
        return Optional.ofNullable(byId.get(id)).map(Row::campaign);
    }

    /** What payments reserved or spent of the campaign; zero for an unknown one. Under the store's lock. */
    Money usedOf(CampaignId id) {
        return Optional.ofNullable(byId.get(id)).map(Row::used).orElse(Money.ZERO);
    }

    /** Sets what payments reserved or spent of a stored campaign. Under the store's lock. */
    void setUsed(CampaignId id, Money used) {
        Row row = byId.get(id);
        byId.put(id, new Row(row.campaign(), row.createdAt(), used));
    }

    RestorePoint restorePoint() {
        // Rows are never changed, only replaced, so copying the map is enough.
        Map<CampaignId, Row> saved = new HashMap<>(byId);
        return () -> {
            byId.clear();
            byId.putAll(saved);
        };
    }

    private static CampaignStanding standing(Row row) {
        return new CampaignStanding(copyOf(row.campaign()), row.used());
    }

    static Campaign copyOf(Campaign campaign) {
        return Campaign.reconstitute(campaign.id(), campaign.nameEn(), campaign.nameZh(), campaign.kind(),
                campaign.conditions(), campaign.benefit(), campaign.stackingGroup(), campaign.couponValidityDays(),
                campaign.window(), campaign.budget(), campaign.usesPerCustomer(), campaign.isPaused(),
                campaign.endedAt());
    }
}
