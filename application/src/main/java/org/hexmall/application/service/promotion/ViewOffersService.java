package org.hexmall.application.service.promotion;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.checkout.CartItem;
import org.hexmall.application.port.in.checkout.CartView;
import org.hexmall.application.port.in.promotion.CartOffer;
import org.hexmall.application.port.in.promotion.ShownOffer;
import org.hexmall.application.port.in.promotion.ViewOffers;
import org.hexmall.application.port.out.persistence.CampaignStanding;
import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.Coupons;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignStatus;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.shared.Money;

/**
 * Reads the running campaigns once per page and keeps those whose status is running (a spent budget shows no offer),
 * item offers first, then order, then payment-method offers, each level in the order its window ends.
 */
public final class ViewOffersService implements ViewOffers {

    private static final Comparator<Campaign> SHOWN_ORDER = Comparator.comparing(Campaign::level)
            .thenComparing(campaign -> campaign.window().endsAt())
            .thenComparing(campaign -> campaign.id().toString());

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
        List<Campaign> running = runningNow();
        Map<CampaignId, Integer> claims = customer.isEmpty() || running.stream().noneMatch(this::claimable) ? Map.of()
                : transactions.withoutTransaction(() -> coupons.claims(customer.get(),
                        running.stream().filter(this::claimable).map(Campaign::id).toList()));
        return running.stream().map(campaign -> new ShownOffer(campaign, claims.getOrDefault(campaign.id(), 0)))
                .toList();
    }

    @Override
    public List<ShownOffer> forProduct(Product product) {
        return runningNow().stream()
                .filter(campaign -> covers(campaign.conditions(), product.id(), product.category()))
                .map(campaign -> new ShownOffer(campaign, 0))
                .toList();
    }

    @Override
    public List<CartOffer> forCart(CartView cart) {
        if (cart.items().isEmpty()) {
            return List.of();
        }
        return runningNow().stream()
                .flatMap(campaign -> cartOffer(campaign, cart.items()).stream())
                .toList();
    }

    private List<Campaign> runningNow() {
        Instant now = clock.instant();
        return transactions.withoutTransaction(() -> campaigns.running(now)).stream()
                .filter(standing -> standing.statusAt(now) == CampaignStatus.RUNNING)
                .map(CampaignStanding::campaign)
                .sorted(SHOWN_ORDER)
                .toList();
    }

    private boolean claimable(Campaign campaign) {
        return new ShownOffer(campaign, 0).isClaimable();
    }

    private static Optional<CartOffer> cartOffer(Campaign campaign, List<CartItem> items) {
        Conditions conditions = campaign.conditions();
        List<CartItem> covered = items.stream()
                .filter(item -> covers(conditions, item.product().id(), item.product().category()))
                .toList();
        if (covered.isEmpty()) {
            return Optional.empty();
        }
        Money eligible = covered.stream().map(CartItem::total).reduce(Money.ZERO, Money::plus);
        Money least = conditions.minimumSpend();
        Money stillToSpend = least.isGreaterThan(eligible) ? least.minus(eligible) : Money.ZERO;
        return Optional.of(new CartOffer(campaign, eligible, stillToSpend));
    }

    /** The same rule as {@link Conditions#covers}, for a product not yet on an order. */
    private static boolean covers(Conditions conditions, ProductId product, Category category) {
        return !conditions.isLimitedToSomeProducts() || conditions.categories().contains(category)
                || conditions.products().contains(product);
    }
}
