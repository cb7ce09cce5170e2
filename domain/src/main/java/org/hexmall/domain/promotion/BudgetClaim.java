package org.hexmall.domain.promotion;

import java.util.Objects;
import org.hexmall.domain.shared.Money;

/**
 * What a payment takes from a campaign's budget, to reserve when the payment starts: the discount given, the value
 * of the voucher granted, or the extra points (one fen a point).
 */
public record BudgetClaim(CampaignId campaign, Money amount) {

    public BudgetClaim {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(amount, "amount");
    }
}
