package org.hexmall.application.service.promotion.shared;

import java.time.Instant;
import java.util.List;
import org.hexmall.application.port.out.persistence.PromotionSnapshot;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.promotion.CampaignOffer;
import org.hexmall.domain.promotion.CustomerFacts;
import org.hexmall.domain.promotion.PricingRequest;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/** Turns what the store knows of its promotions and one customer into the request pricing answers. */
public final class PromotionPrices {

    private PromotionPrices() {
    }

    /** The order as pricing sees it with {@code wallet}, the customer asking to spend {@code pointsToSpend}. */
    public static PricingRequest request(PromotionSnapshot snapshot, Order order, WalletProvider wallet,
                                         long pointsToSpend, Instant now) {
        return new PricingRequest(order.lines(), wallet, offers(snapshot), snapshot.coupons(), customer(snapshot),
                pointsToSpend, now);
    }

    /** The running campaigns with what is used of each, and the customer's uses of it. */
    public static List<CampaignOffer> offers(PromotionSnapshot snapshot) {
        return snapshot.campaigns().stream()
                .map(campaign -> new CampaignOffer(campaign,
                        snapshot.budgetUsed().getOrDefault(campaign.id(), Money.ZERO), snapshot.usesOf(campaign.id())))
                .toList();
    }

    /** What pricing needs of the customer's history. */
    public static CustomerFacts customer(PromotionSnapshot snapshot) {
        return new CustomerFacts(snapshot.walletsPaidWithBefore(), snapshot.hasPaidBefore(), snapshot.pointsBalance());
    }
}
