package org.hexmall.domain.refund;

import java.util.Objects;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.shared.Money;

/** What a refund takes back of what the payment spent of a campaign's budget. */
public record BudgetReversal(CampaignId campaign, Money amount) {

    public BudgetReversal {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(amount, "amount");
    }
}
