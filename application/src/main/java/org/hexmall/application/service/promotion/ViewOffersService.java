package org.hexmall.application.service.promotion;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
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
import org.hexmall.application.port.out.persistence.CouponClaims;
import org.hexmall.application.port.out.persistence.Coupons;
import org.hexmall.application.port.out.persistence.PromotionFacts;
import org.hexmall.application.port.out.persistence.PromotionSnapshot;
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
 * budget not spent) in its order: item offers first, then order, then payment-method offers. On the product page and
 * the cart of a signed-in customer, the customer's facts come with the campaigns (as on the payment page), so that
 * offers they can no longer have are left out; the payment page prices what they get.
 */
public final class ViewOffersService implements ViewOffers {

    private final Campaigns campaigns;
    private final Coupons coupons;
    private final PromotionFacts promotionFacts;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ViewOffersService(Campaigns campaigns, Coupons coupons, PromotionFacts promotionFacts,
                             TransactionRunner transactions, Clock clock) {
        this.campaigns = campaigns;
        this.coupons = coupons;
        this.promotionFacts = promotionFacts;
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
        Map<CampaignId, CouponClaims> claims = customer.isEmpty() || claimable.isEmpty() ? Map.of()
                : transactions.withoutTransaction(() -> coupons.claims(customer.get(), claimable));
        return running.stream()
                .map(campaign -> shown(campaign, claims.getOrDefault(campaign.id(), CouponClaims.NONE)))
                .toList();
    }

    @Override
    public List<ShownOffer> forProduct(Product product, Optional<CustomerId> customer) {
        Instant now = clock.instant();
        Seen seen = customer.map(signedIn -> seenBy(signedIn, now))
                .orElseGet(() -> new Seen(offersAt(now), CustomerFacts.newCustomer(), Map.of(), Map.of()));
        return campaignsOf(seen.offers(), stillPossible(OfferCatalog.forProduct(seen.offers(), product.id(),
                product.category(), seen.facts(), now))).stream()
                .map(campaign -> shown(campaign, seen.claimsOf(campaign.id())))
                .toList();
    }

    @Override
    public List<CartOffer> forCart(CartView cart, CustomerId customer) {
        if (cart.items().isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Seen seen = seenBy(customer, now);
        return campaignsOf(seen.offers(), stillPossible(OfferCatalog.running(seen.offers(), seen.facts(), now)))
                .stream()
                .filter(seen::couldStillHave)
                .flatMap(campaign -> cartOffer(campaign, cart.items()).stream())
                .toList();
    }

    private static ShownOffer shown(Campaign campaign, CouponClaims claims) {
        return new ShownOffer(campaign, claims.claimed(), claims.used());
    }

    /**
     * The running campaigns as a customer sees them, their facts (the wallets they paid with), how many coupons of
     * each campaign they hold usable (claimed, or given by customer service), and how many they ever claimed and
     * used.
     */
    private record Seen(List<CampaignOffer> offers, CustomerFacts facts, Map<CampaignId, Integer> held,
                        Map<CampaignId, CouponClaims> claims) {

        CouponClaims claimsOf(CampaignId campaign) {
            return claims.getOrDefault(campaign, CouponClaims.NONE);
        }

        /**
         * A wallet coupon while the customer holds one of its coupons to use or may still claim one; any other
         * campaign always.
         */
        boolean couldStillHave(Campaign campaign) {
            return campaign.kind() != CampaignKind.WALLET_COUPON || held.getOrDefault(campaign.id(), 0) > 0
                    || !shown(campaign, claimsOf(campaign.id())).isClaimedToTheLimit();
        }
    }

    /**
     * The two statements the payment page reads too: campaigns with the customer's uses and claims and facts, and
     * coupons.
     */
    private Seen seenBy(CustomerId customer, Instant now) {
        PromotionSnapshot snapshot = transactions.withoutTransaction(() -> promotionFacts.snapshotFor(customer, now));
        List<CampaignOffer> offers = snapshot.campaigns().stream()
                .map(campaign -> new CampaignOffer(campaign,
                        snapshot.budgetUsed().getOrDefault(campaign.id(), Money.ZERO), snapshot.usesOf(campaign.id())))
                .toList();
        Map<CampaignId, Integer> held = new HashMap<>();
        snapshot.coupons().forEach(coupon -> coupon.campaignId().ifPresent(id -> held.merge(id, 1, Integer::sum)));
        return new Seen(offers, new CustomerFacts(snapshot.walletsPaidWithBefore(), snapshot.hasPaidBefore(),
                snapshot.pointsBalance()), held, snapshot.claims());
    }

    /**
     * The offers the customer could still have: a wallet coupon always (its page says whether they hold one), any
     * other only while they qualify, so that a first-payment offer disappears once they paid with that wallet.
     */
    private static List<OfferDescription> stillPossible(List<OfferDescription> shown) {
        return shown.stream().filter(offer -> offer.claimable() || offer.customerQualifies()).toList();
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
