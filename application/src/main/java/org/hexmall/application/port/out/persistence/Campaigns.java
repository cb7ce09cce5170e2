package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.shared.Page;

/**
 * Where the store's promotion campaigns are kept, each with the part of its budget used. The budget used changes
 * only through {@link PromotionBudgets}; these methods never write it.
 */
public interface Campaigns {

    /** Stores a new campaign, nothing of its budget used; throws {@link DuplicateKeyException} if its id is taken. */
    void add(Campaign campaign, Instant createdAt);

    /**
     * Stores what supervisors change: the window, the budget, the uses per customer, paused and ended. False, and
     * nothing changed, when there is no such campaign or when payments have meanwhile used more than the new budget:
     * a budget is never set below what is used, even by a change racing a payment.
     */
    boolean update(Campaign campaign);

    Optional<CampaignStanding> findById(CampaignId id);

    /**
     * The campaign as {@link #findById} reads it, its row locked until the caller's transaction ends, so that two
     * supervisors' changes of one campaign take turns and neither overwrites the other's.
     */
    Optional<CampaignStanding> lockById(CampaignId id);

    /**
     * One page of every campaign, the newest first.
     *
     * @param page counted from 1
     */
    Page<CampaignStanding> list(int page, int size);

    /**
     * The campaigns that may apply at {@code now}: their window holds it, and they are neither paused nor ended.
     * Those whose budget is spent are among them (their standing says so). One statement, for the checkout.
     */
    List<CampaignStanding> running(Instant now);
}
