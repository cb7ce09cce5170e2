package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignStatus;
import org.hexmall.domain.shared.Money;

/**
 * A stored campaign with how much of its budget payments have reserved or spent, as one read brings them.
 *
 * @param budgetUsed reserved by payments under way plus spent by those that succeeded
 */
public record CampaignStanding(Campaign campaign, Money budgetUsed) {

    public CampaignStanding {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(budgetUsed, "budgetUsed");
    }

    public CampaignStatus statusAt(Instant now) {
        return campaign.statusAt(now, budgetUsed);
    }

    public Money budgetLeft() {
        return campaign.budgetLeft(budgetUsed);
    }
}
