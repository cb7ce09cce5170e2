package org.hexmall.application.port.out.persistence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * What pricing needs to know about the store's promotions and one customer at one moment.
 *
 * @param campaigns             the campaigns running then (see {@link Campaigns#running})
 * @param budgetUsed            what each of them has reserved or spent of its budget
 * @param customerUses          how often the customer has had each of them; absent for never
 * @param coupons               the customer's coupons usable then
 * @param walletsPaidWithBefore the wallets the customer has paid with successfully
 * @param hasPaidBefore         whether the customer has ever paid successfully
 * @param pointsBalance         the customer's points
 * @param claims                what the customer claimed from each wallet coupon campaign running then, whatever
 *                              became of those coupons; absent for never
 */
public record PromotionSnapshot(List<Campaign> campaigns, Map<CampaignId, Money> budgetUsed,
                                Map<CampaignId, Integer> customerUses, List<Coupon> coupons,
                                Set<WalletProvider> walletsPaidWithBefore, boolean hasPaidBefore,
                                long pointsBalance, Map<CampaignId, CouponClaims> claims) {

    public PromotionSnapshot {
        campaigns = List.copyOf(campaigns);
        budgetUsed = Map.copyOf(budgetUsed);
        customerUses = Map.copyOf(customerUses);
        coupons = List.copyOf(coupons);
        walletsPaidWithBefore = Set.copyOf(walletsPaidWithBefore);
        claims = Map.copyOf(claims);
    }

    /** How often the customer has had the campaign. */
    public int usesOf(CampaignId campaign) {
        return customerUses.getOrDefault(campaign, 0);
    }

    /** What the customer claimed from the campaign. */
    public CouponClaims claimsOf(CampaignId campaign) {
        return claims.getOrDefault(campaign, CouponClaims.NONE);
    }
}
