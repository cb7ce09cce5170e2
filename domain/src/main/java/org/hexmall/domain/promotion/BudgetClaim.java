package org.hexmall.domain.promotion;

import java.util.Objects;
import org.hexmall.domain.shared.Money;

/**
 * What a payment takes from a campaign, to reserve when the payment starts: from its budget, the discount given,
 * the value of the voucher granted, or the extra points (one fen a point); and, for a campaign applied directly, one
 * of the customer's uses. A claimed coupon draws on its campaign's budget without counting a use: the customer's
 * limit was spent when claiming it.
 */
public record BudgetClaim(CampaignId campaign, Money amount, boolean countsAsUse) {

    public BudgetClaim {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(amount, "amount");
    }
}
