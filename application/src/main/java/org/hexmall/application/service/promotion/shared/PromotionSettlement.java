package org.hexmall.application.service.promotion.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hexmall.application.port.out.persistence.CampaignStanding;
import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.Coupons;
import org.hexmall.application.port.out.persistence.PaymentPricings;
import org.hexmall.application.port.out.persistence.PointsLedger;
import org.hexmall.application.port.out.persistence.PromotionBudgets;
import org.hexmall.application.port.out.persistence.PromotionBudgets.Claim;
import org.hexmall.application.port.out.persistence.PromotionBudgets.Refused;
import org.hexmall.application.port.out.persistence.PromotionFacts;
import org.hexmall.application.port.out.persistence.PromotionSnapshot;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignOffer;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.promotion.CouponStatus;
import org.hexmall.domain.promotion.CustomerFacts;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.promotion.PriceBreakdown;
import org.hexmall.domain.promotion.Pricing;
import org.hexmall.domain.promotion.PricingRequest;
import org.hexmall.domain.promotion.VoucherGrant;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * What promotions a payment holds, from its start to its outcome. When it starts, the order is priced for its wallet
 * and everything the price gives away is reserved: the campaigns' budgets and the customer's uses, the coupons, the
 * points spent; the breakdown is then frozen with the payment. When the payment ends, it is settled in the same
 * transaction that records the outcome: a charge that paid its order commits the budgets, uses the coupons, credits
 * the points earned and grants the cashback vouchers; anything else (failed, cancelled, closed, or a charge owed back
 * because the order was paid already or had closed) releases the budgets and the coupons and gives the spent points
 * back. Every place a payment reaches an end calls {@link #settle}.
 */
public final class PromotionSettlement {

    private final PromotionFacts facts;
    private final PromotionBudgets budgets;
    private final Coupons coupons;
    private final PointsLedger points;
    private final PaymentPricings pricings;
    private final Campaigns campaigns;
    private final RandomTokens tokens;

    public PromotionSettlement(PromotionFacts facts, PromotionBudgets budgets, Coupons coupons, PointsLedger points,
                               PaymentPricings pricings, Campaigns campaigns, RandomTokens tokens) {
        this.facts = facts;
        this.budgets = budgets;
        this.coupons = coupons;
        this.points = points;
        this.pricings = pricings;
        this.campaigns = campaigns;
        this.tokens = tokens;
    }

    /**
     * Prices the order for the payment about to start, and reserves what the price gives away; call inside the
     * payment's transaction, under the order's lock, then {@link #freeze} once the payment is stored.
     * <p>
     * The promotions are read once. The coupons the customer could use are locked, and one another payment took
     * meanwhile is left out. The points are spent first: taking a discount away later never lowers the points that
     * can be spent, so they stay as spent. When a campaign refuses its claim (another payment took the last of its
     * budget, or the customer's last use, or it stopped meanwhile) the order is priced again without it, and the
     * new price is what the wallet is asked to charge; the wallet app shows that amount before the customer confirms.
     */
    public PriceBreakdown reserve(PaymentId payment, Order order, WalletProvider wallet, long pointsToSpend,
                                  Instant now) {
        CustomerId customer = order.customerId();
        PromotionSnapshot snapshot = facts.snapshotFor(customer, now);
        Map<CouponId, Coupon> lockedCoupons = snapshot.coupons().isEmpty() ? Map.of()
                : coupons.lockByIds(snapshot.coupons().stream().map(Coupon::id).toList()).stream()
                .filter(coupon -> coupon.isUsableAt(now))
                .collect(Collectors.toMap(Coupon::id, Function.identity()));
        List<CampaignOffer> offers = PromotionPrices.offers(snapshot);
        List<Coupon> usable = snapshot.coupons().stream().filter(coupon -> lockedCoupons.containsKey(coupon.id()))
                .map(coupon -> lockedCoupons.get(coupon.id())).toList();
        CustomerFacts history = PromotionPrices.customer(snapshot);
        PriceBreakdown breakdown = Pricing.price(new PricingRequest(order.lines(), wallet, offers, usable, history,
                pointsToSpend, now));
        long spent = breakdown.pointsSpent();
        if (spent > 0 && !points.spend(new PointsEntry(customer, PointsEntryKind.SPENT, spent, Optional.of(payment),
                "", now))) {
            // Another payment of the customer's spent the points meanwhile: this one spends none.
            spent = 0;
            breakdown = Pricing.price(new PricingRequest(order.lines(), wallet, offers, usable, history, 0, now));
        }
        for (int refusals = 0; !breakdown.budgetClaims().isEmpty(); refusals++) {
            Map<CampaignId, Campaign> byId = offers.stream().map(CampaignOffer::campaign)
                    .collect(Collectors.toMap(Campaign::id, Function.identity()));
            List<Claim> claims = breakdown.budgetClaims().stream()
                    .map(claim -> new Claim(claim.campaign(), claim.amount(),
                            Optional.ofNullable(byId.get(claim.campaign())).map(Campaign::usesPerCustomer).orElse(1),
                            claim.countsAsUse()))
                    .toList();
            if (!(budgets.reserve(payment, customer, claims, now) instanceof Refused refused)) {
                break;
            }
            if (refusals > snapshot.campaigns().size()) {
                throw new IllegalStateException("campaigns kept refusing payment " + payment);
            }
            offers = withRefused(offers, refused);
            usable = usable.stream()
                    .filter(coupon -> refused.reason() != PromotionBudgets.Refusal.NOT_RUNNING
                            || !coupon.campaignId().equals(Optional.of(refused.campaign())))
                    .toList();
            breakdown = Pricing.price(new PricingRequest(order.lines(), wallet, offers, usable, history, spent, now));
            if (breakdown.pointsSpent() != spent) {
                throw new IllegalStateException("pricing again changed the points spent on payment " + payment);
            }
        }
        for (CouponId used : breakdown.couponsUsed()) {
            Coupon coupon = lockedCoupons.get(used);
            coupon.reserveFor(payment, now);
            coupons.update(coupon);
        }
        return breakdown;
    }

    /**
     * The points the payment spends, as its breakdown was frozen; 0 for a payment started before prices were frozen
     * with payments, which spent none.
     */
    public long pointsSpentBy(PaymentId payment) {
        return pricings.find(payment).map(PriceBreakdown::pointsSpent).orElse(0L);
    }

    /** Keeps the breakdown with the payment just stored: it is what the payment charges, earns and grants. */
    public void freeze(PaymentId payment, PriceBreakdown breakdown) {
        pricings.add(payment, breakdown);
    }

    /**
     * Settles the promotions of a payment that has just reached its end, in the transaction that recorded it.
     * A payment still under way, or one started before prices had breakdowns, holds nothing to settle.
     */
    public void settle(Payment payment, Instant now) {
        boolean paidItsOrder = switch (payment.status()) {
            case SUCCEEDED -> !payment.isDoublePayment();
            case FAILED, CANCELLED, CLOSED -> false;
            case CREATED, AWAITING_CONFIRMATION, UNKNOWN -> {
                throw new IllegalStateException("payment " + payment.id() + " has not ended");
            }
        };
        Optional<PriceBreakdown> frozen = pricings.find(payment.id());
        if (frozen.isEmpty()) {
            return;
        }
        if (paidItsOrder) {
            spend(payment, frozen.get(), now);
        } else {
            giveBack(payment, frozen.get(), now);
        }
    }

    private void spend(Payment payment, PriceBreakdown breakdown, Instant now) {
        if (!breakdown.budgetClaims().isEmpty()) {
            budgets.commit(payment.id(), now);
        }
        if (!breakdown.couponsUsed().isEmpty()) {
            for (Coupon coupon : coupons.heldBy(payment.id())) {
                if (coupon.status() == CouponStatus.RESERVED) {
                    coupon.use(now);
                    coupons.update(coupon);
                }
            }
        }
        if (breakdown.pointsToEarn() > 0) {
            points.append(List.of(new PointsEntry(payment.customerId(), PointsEntryKind.EARNED,
                    breakdown.pointsToEarn(), Optional.of(payment.id()), "", now)));
        }
        for (VoucherGrant grant : breakdown.vouchers()) {
            Optional<Campaign> campaign = campaigns.findById(grant.campaign()).map(CampaignStanding::campaign);
            campaign.ifPresent(from -> coupons.add(Coupon.cashback(new CouponId(tokens.uuid()),
                    payment.customerId(), from, payment.id(), grant.voucher(), now)));
        }
    }

    private void giveBack(Payment payment, PriceBreakdown breakdown, Instant now) {
        if (!breakdown.budgetClaims().isEmpty()) {
            budgets.release(payment.id(), now);
        }
        if (!breakdown.couponsUsed().isEmpty()) {
            for (Coupon coupon : coupons.heldBy(payment.id())) {
                if (coupon.status() == CouponStatus.RESERVED) {
                    coupon.release(now);
                    coupons.update(coupon);
                }
            }
        }
        if (breakdown.pointsSpent() > 0) {
            points.append(List.of(new PointsEntry(payment.customerId(), PointsEntryKind.SPENDING_RELEASED,
                    breakdown.pointsSpent(), Optional.of(payment.id()), "", now)));
        }
    }

    /** The offers as they stand after a campaign refused its claim: spent, at the customer's limit, or gone. */
    private static List<CampaignOffer> withRefused(List<CampaignOffer> offers, Refused refused) {
        List<CampaignOffer> after = new ArrayList<>();
        for (CampaignOffer offer : offers) {
            Campaign campaign = offer.campaign();
            if (!campaign.id().equals(refused.campaign())) {
                after.add(offer);
                continue;
            }
            switch (refused.reason()) {
                case BUDGET_SPENT -> after.add(new CampaignOffer(campaign, campaign.budget(), offer.usesByCustomer()));
                case CUSTOMER_LIMIT_REACHED -> after.add(new CampaignOffer(campaign, offer.budgetUsed(),
                        campaign.usesPerCustomer()));
                case NOT_RUNNING -> {
                    // Gone from the offers, with the coupons claimed from it.
                }
            }
        }
        return after;
    }
}
