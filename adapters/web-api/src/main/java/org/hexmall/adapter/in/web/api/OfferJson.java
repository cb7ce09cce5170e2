package org.hexmall.adapter.in.web.api;

import java.util.List;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.Conditions;

/**
 * A running wallet offer: its campaign, what it gives and asks, and when it ends. Empty {@code wallets} is any
 * wallet; empty {@code categories} and {@code productIds} is the whole store.
 *
 * @param claimable a wallet coupon campaign, whose coupons {@code POST /api/v1/coupons} claims
 */
record OfferJson(String campaignId, String nameEn, String nameZh, String kind, List<String> wallets,
                 BenefitJson benefit, MoneyJson minimumSpend, List<String> categories, List<String> productIds,
                 boolean firstPaymentWithWallet, boolean newCustomersOnly, String endsAt, boolean claimable,
                 int usesPerCustomer) {

    static OfferJson of(Campaign campaign, boolean claimable) {
        Conditions conditions = campaign.conditions();
        return new OfferJson(campaign.id().toString(), campaign.nameEn(), campaign.nameZh(), campaign.kind().name(),
                CouponJson.names(conditions.wallets()), BenefitJson.of(campaign.benefit()),
                MoneyJson.of(conditions.minimumSpend()), CouponJson.names(conditions.categories()),
                conditions.products().stream().map(product -> product.value()).sorted().toList(),
                conditions.firstPaymentWithWallet(), conditions.newCustomersOnly(),
                campaign.window().endsAt().toString(), claimable, campaign.usesPerCustomer());
    }
}
