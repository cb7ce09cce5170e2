package org.hexmall.domain.promotion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.shared.Money;

/**
 * Prices an order with one given choice of offers (at most one per stacking group), in the fixed order: item
 * offers, then order offers, then payment-method offers, each level working on what the levels before it left to
 * pay. Then the points the customer asked to spend are taken off (see {@link PointsPolicy}) and shared among the
 * lines in proportion to what each still has to pay; then the points to earn are counted on what is actually paid,
 * with the best points multiplier on its eligible lines (only one multiplier counts on a payment).
 */
final class CombinationPricer {

    private CombinationPricer() {
    }

    /** The breakdown for one choice of offers, and the chosen offers that did not apply with their reasons. */
    record Priced(List<Offer> chosen, PriceBreakdown breakdown, Map<OfferRef, NotAppliedReason> refused) {

        /** True when every chosen offer applied, so that the choice means what it says. */
        boolean allApplied() {
            return refused.isEmpty();
        }
    }

    private record MultiplierCandidate(Offer offer, int factor, List<Integer> eligibleLines) {
    }

    static Priced price(PricingRequest request, List<Offer> chosen) {
        List<OrderLine> lines = request.lines();
        long[] remaining = new long[lines.size()];
        for (int i = 0; i < remaining.length; i++) {
            remaining[i] = lines.get(i).total().fen();
        }
        Map<OfferRef, NotAppliedReason> refused = new LinkedHashMap<>();
        List<AppliedDiscount> discounts = new ArrayList<>();
        List<VoucherGrant> vouchers = new ArrayList<>();
        List<BudgetClaim> claims = new ArrayList<>();
        List<CouponId> couponsUsed = new ArrayList<>();
        List<CampaignId> campaignUses = new ArrayList<>();
        List<MultiplierCandidate> multipliers = new ArrayList<>();
        List<Offer> inOrder = chosen.stream().sorted(Comparator.comparing((Offer offer) -> offer.level())
                .thenComparing(offer -> offer.ref().key())).toList();
        for (PricingLevel level : PricingLevel.values()) {
            long[] levelStart = remaining.clone();
            for (Offer offer : inOrder) {
                if (offer.level() != level) {
                    continue;
                }
                OfferValuation.Result result = OfferValuation.value(offer, lines, levelStart, remaining);
                switch (result) {
                    case OfferValuation.Discount discount -> {
                        for (int i = 0; i < remaining.length; i++) {
                            remaining[i] -= discount.perLine()[i];
                        }
                        discounts.add(new AppliedDiscount(offer.ref(), offer.nameEn(), offer.nameZh(), level,
                                offer.group(), Money.ofFen(discount.amount()), money(discount.perLine())));
                        used(offer, Money.ofFen(discount.amount()), claims, couponsUsed, campaignUses);
                    }
                    case OfferValuation.Voucher voucher -> {
                        vouchers.add(new VoucherGrant(offer.ref().campaignId().orElseThrow(), offer.nameEn(),
                                offer.nameZh(), voucher.voucher(), level, offer.conditions().minimumSpend(),
                                voucher.eligibleLines()));
                        used(offer, voucher.voucher().amount(), claims, couponsUsed, campaignUses);
                    }
                    case OfferValuation.Multiplier multiplier ->
                            multipliers.add(new MultiplierCandidate(offer, multiplier.factor(),
                                    multiplier.eligibleLines()));
                    case OfferValuation.Refused refusal -> refused.put(offer.ref(), refusal.reason());
                }
            }
        }
        long afterDiscounts = sum(remaining);
        long pointsSpent = PointsPolicy.pointsToSpend(request.pointsToSpend(), Money.ofFen(afterDiscounts),
                request.customer().pointsBalance());
        long[] pointsDiscount = Allocation.largestRemainder(pointsSpent, remaining);
        long[] toPay = new long[remaining.length];
        for (int i = 0; i < toPay.length; i++) {
            toPay[i] = remaining[i] - pointsDiscount[i];
        }
        long basePoints = PointsPolicy.pointsEarned(Money.ofFen(sum(toPay)));
        long[] pointsEarned = Allocation.largestRemainder(basePoints, toPay);
        Optional<PointsBoost> boost = bestMultiplier(multipliers, toPay, pointsEarned, refused, claims,
                campaignUses);
        List<LinePrice> linePrices = new ArrayList<>();
        for (int i = 0; i < toPay.length; i++) {
            Money goods = lines.get(i).total();
            linePrices.add(new LinePrice(lines.get(i), goods.minus(Money.ofFen(remaining[i])),
                    Money.ofFen(pointsDiscount[i]), Money.ofFen(toPay[i]), pointsEarned[i]));
        }
        long pointsToEarn = basePoints + boost.map(PointsBoost::extraPoints).orElse(0L);
        PriceBreakdown breakdown = new PriceBreakdown(request.wallet(), linePrices, discounts, pointsSpent,
                pointsToEarn, boost, vouchers, claims, couponsUsed, campaignUses, List.of());
        return new Priced(chosen, breakdown, refused);
    }

    /**
     * Values each multiplier on what its eligible lines actually pay; the one adding most points counts (the
     * earlier offer on a tie), the others are refused. A multiplier adding no point, or more extra points than its
     * budget has fen left, does not count either.
     */
    private static Optional<PointsBoost> bestMultiplier(List<MultiplierCandidate> candidates, long[] toPay,
                                                        long[] pointsEarned, Map<OfferRef, NotAppliedReason> refused,
                                                        List<BudgetClaim> claims, List<CampaignId> campaignUses) {
        MultiplierCandidate best = null;
        long bestExtra = 0;
        for (MultiplierCandidate candidate : candidates) {
            long extra = PointsPolicy.extraPoints(Money.ofFen(sum(toPay, candidate.eligibleLines())),
                    candidate.factor());
            if (extra == 0) {
                refused.put(candidate.offer().ref(), new NotAppliedReason.NothingLeftToPay());
            } else if (!OfferValuation.withinBudget(candidate.offer(), extra)) {
                refused.put(candidate.offer().ref(), OfferValuation.tooSmall(candidate.offer(), extra).reason());
            } else if (extra > bestExtra) {
                best = candidate;
                bestExtra = extra;
            }
        }
        for (MultiplierCandidate candidate : candidates) {
            if (best != null && candidate != best && !refused.containsKey(candidate.offer().ref())) {
                refused.put(candidate.offer().ref(), new NotAppliedReason.WeakerPointsMultiplier(best.offer().ref()));
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        long[] weights = new long[toPay.length];
        for (int i : best.eligibleLines()) {
            weights[i] = toPay[i];
        }
        long[] extraPerLine = Allocation.largestRemainder(bestExtra, weights);
        for (int i = 0; i < pointsEarned.length; i++) {
            pointsEarned[i] += extraPerLine[i];
        }
        Offer offer = best.offer();
        used(offer, Money.ofFen(bestExtra), claims, new ArrayList<>(), campaignUses);
        return Optional.of(new PointsBoost(offer.ref().campaignId().orElseThrow(), offer.nameEn(), offer.nameZh(),
                best.factor(), bestExtra));
    }

    private static void used(Offer offer, Money cost, List<BudgetClaim> claims, List<CouponId> couponsUsed,
                             List<CampaignId> campaignUses) {
        if (offer.budgetLeft().isPresent()) {
            claims.add(new BudgetClaim(offer.ref().campaignId().orElseThrow(), cost));
        }
        if (offer.ref() instanceof OfferRef.OfCoupon coupon) {
            couponsUsed.add(coupon.id());
        }
        if (offer.isCampaignUse()) {
            campaignUses.add(offer.ref().campaignId().orElseThrow());
        }
    }

    private static List<Money> money(long[] fen) {
        List<Money> amounts = new ArrayList<>();
        for (long amount : fen) {
            amounts.add(Money.ofFen(amount));
        }
        return amounts;
    }

    private static long sum(long[] amounts) {
        long total = 0;
        for (long amount : amounts) {
            total += amount;
        }
        return total;
    }

    private static long sum(long[] amounts, List<Integer> indexes) {
        long total = 0;
        for (int i : indexes) {
            total += amounts[i];
        }
        return total;
    }
}
