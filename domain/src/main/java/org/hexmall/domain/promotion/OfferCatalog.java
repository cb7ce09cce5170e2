package org.hexmall.domain.promotion;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The offers to show before paying: every campaign running now (its budget not spent), for the promotions page, a
 * product page or the cart, item offers first, then order, then payment-method offers. What the order will
 * actually get is decided by {@link Pricing} on the payment page.
 */
public final class OfferCatalog {

    private OfferCatalog() {
    }

    /** Every running offer, for the promotions page. */
    public static List<OfferDescription> running(List<CampaignOffer> offers, CustomerFacts customer, Instant now) {
        return offers.stream()
                .filter(offer -> offer.campaign().statusAt(now, offer.budgetUsed()) == CampaignStatus.RUNNING)
                .sorted(Comparator.comparing((CampaignOffer offer) -> offer.campaign().level())
                        .thenComparing(offer -> offer.campaign().id().toString()))
                .map(offer -> describe(offer, customer))
                .toList();
    }

    /** The running offers that cover a product, for its page. */
    public static List<OfferDescription> forProduct(List<CampaignOffer> offers, ProductId product, Category category,
                                                    CustomerFacts customer, Instant now) {
        return running(offers, customer, now).stream()
                .filter(description -> covers(offers, description, product, category)).toList();
    }

    /** The running offers that cover at least one of the lines, for the cart. */
    public static List<OfferDescription> forLines(List<CampaignOffer> offers, List<OrderLine> lines,
                                                  CustomerFacts customer, Instant now) {
        return running(offers, customer, now).stream()
                .filter(description -> lines.stream().anyMatch(line ->
                        covers(offers, description, line.productId(), line.category())))
                .toList();
    }

    private static boolean covers(List<CampaignOffer> offers, OfferDescription description, ProductId product,
                                  Category category) {
        return offers.stream().filter(offer -> offer.campaign().id().equals(description.campaign())).findFirst()
                .map(offer -> offer.campaign().conditions().coversProduct(product, category)).orElse(false);
    }

    private static OfferDescription describe(CampaignOffer offer, CustomerFacts customer) {
        Campaign campaign = offer.campaign();
        Conditions conditions = campaign.conditions();
        return new OfferDescription(campaign.id(), campaign.nameEn(), campaign.nameZh(), campaign.kind(),
                conditions.wallets(), campaign.benefit(), conditions.minimumSpend(), conditions.categories(),
                conditions.products(), conditions.firstPaymentWithWallet(), conditions.newCustomersOnly(),
                campaign.kind() == CampaignKind.WALLET_COUPON, campaign.window().endsAt(),
                qualifies(offer, customer));
    }

    private static boolean qualifies(CampaignOffer offer, CustomerFacts customer) {
        Conditions conditions = offer.campaign().conditions();
        if (offer.customerLimitReached()) {
            return false;
        }
        if (conditions.newCustomersOnly() && customer.hasPaidBefore()) {
            return false;
        }
        if (conditions.firstPaymentWithWallet()) {
            List<WalletProvider> wallets = conditions.wallets().isEmpty()
                    ? WalletProvider.supportedProviders() : List.copyOf(conditions.wallets());
            return wallets.stream().anyMatch(wallet -> !customer.walletsPaidWithBefore().contains(wallet));
        }
        return true;
    }
}
