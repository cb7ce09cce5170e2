package org.hexmall.application.service.promotion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hexmall.application.port.in.checkout.CartItem;
import org.hexmall.application.port.in.checkout.CartView;
import org.hexmall.application.port.in.promotion.CartOffer;
import org.hexmall.application.port.in.promotion.ShownOffer;
import org.hexmall.application.port.in.promotion.ViewOffers;
import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.Coupons;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignOffer;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.CustomerFacts;
import org.hexmall.domain.promotion.OfferCatalog;
import org.hexmall.domain.promotion.OfferDescription;
import org.hexmall.domain.shared.Money;

/**
 * Reads the running campaigns once per page and lets the domain's {@link OfferCatalog} keep those it shows (running,
 * budget not spent) in its order: item offers first, then order, then payment-method offers. The customer's payment
 * history is not read here, so every offer is shown as one they could have; the payment page prices what they get.
 */
public final class ViewOffersService implements ViewOffers {

    private final Campaigns campaigns;
    private final Coupons coupons;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ViewOffersService(Campaigns campaigns, Coupons coupons, TransactionRunner transactions, Clock clock) {
        this.campaigns = campaigns;
        this.coupons = coupons;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<ShownOffer> running(Optional<CustomerId> customer) {
        Instant now = clock.instant();
        List<CampaignOffer> offers = offersAt(now);
        List<Campaign> running = campaignsOf(offers, OfferCatalog.running(offers, CustomerFacts.newCustomer(), now));
        List<CampaignId> claimable = running.stream()
                .filter(campaign -> campaign.kind() == CampaignKind.WALLET_COUPON).map(Campaign::id).toList();
        Map<CampaignId, Integer> claims = customer.isEmpty() || claimable.isEmpty() ? Map.of()
                : transactions.withoutTransaction(() -> coupons.claims(customer.get(), claimable));
        return running.stream().map(campaign -> new ShownOffer(campaign, claims.getOrDefault(campaign.id(), 0)))
                .toList();
    }

    @Override
    public List<ShownOffer> forProduct(Product product) {
        Instant now = clock.instant();
        List<CampaignOffer> offers = offersAt(now);
        return campaignsOf(offers, OfferCatalog.forProduct(offers, product.id(), product.category(),
                CustomerFacts.newCustomer(), now)).stream()
                .map(campaign -> new ShownOffer(campaign, 0))
                .toList();
    }

    @Override
    public List<CartOffer> forCart(CartView cart) {
        if (cart.items().isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<CampaignOffer> offers = offersAt(now);
        return campaignsOf(offers, OfferCatalog.running(offers, CustomerFacts.newCustomer(), now)).stream()
                .flatMap(campaign -> cartOffer(campaign, cart.items()).stream())
                .toList();
    }

    /** The running campaigns with their budget used, in one statement; the customer's uses are not read. */
    private List<CampaignOffer> offersAt(Instant now) {
        return transactions.withoutTransaction(() -> campaigns.running(now)).stream()
                .map(standing -> new CampaignOffer(standing.campaign(), standing.budgetUsed(), 0))
                .toList();
    }

    private static List<Campaign> campaignsOf(List<CampaignOffer> offers, List<OfferDescription> shown) {
        Map<CampaignId, Campaign> byId = offers.stream().map(CampaignOffer::campaign)
                .collect(Collectors.toMap(Campaign::id, campaign -> campaign));
        return shown.stream().map(description -> byId.get(description.campaign())).toList();
    }

    private static Optional<CartOffer> cartOffer(Campaign campaign, List<CartItem> items) {
        Conditions conditions = campaign.conditions();
        List<CartItem> covered = items.stream()
                .filter(item -> conditions.coversProduct(item.product().id(), item.product().category()))
                .toList();
        if (covered.isEmpty()) {
            return Optional.empty();
        }
        Money eligible = covered.stream().map(CartItem::total).reduce(Money.ZERO, Money::plus);
        Money least = conditions.minimumSpend();
        Money stillToSpend = least.isGreaterThan(eligible) ? least.minus(eligible) : Money.ZERO;
        return Optional.of(new CartOffer(campaign, eligible, stillToSpend));
    }
}
