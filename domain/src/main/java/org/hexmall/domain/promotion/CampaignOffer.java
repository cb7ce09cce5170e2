package org.hexmall.domain.promotion;

import java.util.Objects;
import org.hexmall.domain.shared.Money;

/**
 * A campaign as pricing sees it for one customer: the campaign, how much of its budget is already reserved or
 * spent, and how many times this customer has already had it (reserved or used).
 */
public record CampaignOffer(Campaign campaign, Money budgetUsed, int usesByCustomer) {

    public CampaignOffer {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(budgetUsed, "budgetUsed");
        if (usesByCustomer < 0) {
            throw new IllegalArgumentException("uses are never negative");
        }
    }

    /** What is left of the budget to give away. */
    public Money budgetLeft() {
        return campaign.budgetLeft(budgetUsed);
    }

    /** True when the customer has had the campaign as often as it allows. */
    public boolean customerLimitReached() {
        return usesByCustomer >= campaign.usesPerCustomer();
    }
}
