package org.hexmall.application.port.in.promotion;

import java.util.Objects;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignStatus;
import org.hexmall.domain.shared.Money;

/**
 * A campaign as the console lists it: its settings, where it stands now and how much of its budget is used.
 *
 * @param budgetUsed reserved by payments under way plus spent by those that succeeded
 */
public record CampaignSummary(Campaign campaign, CampaignStatus status, Money budgetUsed) {

    public CampaignSummary {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(budgetUsed, "budgetUsed");
    }

    /** How much of the budget is used, in whole percent from 0 to 100, for a bar. */
    public int percentUsed() {
        long budget = campaign.budget().fen();
        return (int) Math.min(100, budgetUsed.fen() * 100 / budget);
    }
}
