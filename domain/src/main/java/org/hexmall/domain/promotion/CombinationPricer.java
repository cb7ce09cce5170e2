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
 * pay (offers of one level in the stable order of their ids). Then the points the customer asked to spend are taken
 * off (see {@link PointsPolicy}) and shared among the lines in proportion to what each still has to pay; then the
 * points to earn are counted on what is actually paid, shared the same way, with the best points multiplier on its
 * eligible lines (only one multiplier counts on a payment).
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

    static Priced price(PricingRequest request, List<Offer> chosen) {
        Tally tally = new Tally(request.lines());
        List<Offer> inOrder = chosen.stream().sorted(Comparator.comparing(Offer::level)
                .thenComparing(offer -> offer.ref().key())).toList();
        for (PricingLevel level : PricingLevel.values()) {
            long[] levelStart = tally.remaining.clone();
            for (Offer offer : inOrder) {
                if (offer.level() == level) {
                    tally.apply(offer, OfferValuation.value(offer, request.lines(), levelStart, tally.remaining));
                }
            }
        }
        long pointsSpent = PointsPolicy.pointsToSpend(request.pointsToSpend(), Money.ofFen(sum(tally.remaining)),
                request.customer().pointsBalance());
        long[] pointsDiscount = Allocation.largestRemainder(pointsSpent, tally.remaining);
        long[] toPay = new long[tally.remaining.length];
        for (int i = 0; i < toPay.length; i++) {
            toPay[i] = tally.remaining[i] - pointsDiscount[i];
        }
        long basePoints = PointsPolicy.pointsEarned(Money.ofFen(sum(toPay)));
        long[] pointsEarned = Allocation.largestRemainder(basePoints, toPay);
        Optional<PointsBoost> boost = tally.boostPoints(toPay, pointsEarned);
        List<LinePrice> lines = new ArrayList<>();
        for (int i = 0; i < toPay.length; i++) {
            OrderLine line = request.lines().get(i);
            lines.add(new LinePrice(line, line.total().minus(Money.ofFen(tally.remaining[i])),
                    Money.ofFen(pointsDiscount[i]), Money.ofFen(toPay[i]), pointsEarned[i]));
        }
        long pointsToEarn = basePoints + boost.map(PointsBoost::extraPoints).orElse(0L);
        PriceBreakdown breakdown = new PriceBreakdown(request.wallet(), lines, tally.discounts, pointsSpent,
                pointsToEarn, boost, tally.vouchers, tally.claims, tally.couponsUsed, List.of());
        return new Priced(chosen, breakdown, tally.refused);
    }

    /** What the offers applied so far did: what is left to pay on each line, and what each offer gave or cost. */
    private static final class Tally {

        private final long[] remaining;
        private final Map<OfferRef, NotAppliedReason> refused = new LinkedHashMap<>();
        private final List<AppliedDiscount> discounts = new ArrayList<>();
        private final List<VoucherGrant> vouchers = new ArrayList<>();
        private final List<OfferValuation.Multiplier> multipliers = new ArrayList<>();
        private final List<Offer> multiplierOffers = new ArrayList<>();
        private final List<BudgetClaim> claims = new ArrayList<>();
        private final List<CouponId> couponsUsed = new ArrayList<>();

        Tally(List<OrderLine> lines) {
            remaining = lines.stream().mapToLong(line -> line.total().fen()).toArray();
        }

        void apply(Offer offer, OfferValuation.Result result) {
            switch (result) {
                case OfferValuation.Discount discount -> {
                    List<Money> perLine = new ArrayList<>();
                    for (int i = 0; i < remaining.length; i++) {
                        remaining[i] -= discount.perLine()[i];
                        perLine.add(Money.ofFen(discount.perLine()[i]));
                    }
                    discounts.add(new AppliedDiscount(offer.ref(), offer.nameEn(), offer.nameZh(), offer.level(),
                            offer.group(), Money.ofFen(discount.amount()), perLine));
                    used(offer, Money.ofFen(discount.amount()));
                }
                case OfferValuation.Voucher voucher -> {
                    vouchers.add(new VoucherGrant(offer.ref().campaignId().orElseThrow(), offer.nameEn(),
                            offer.nameZh(), voucher.voucher(), offer.level(), offer.conditions().minimumSpend(),
                            voucher.eligibleLines()));
                    used(offer, voucher.voucher().amount());
                }
                case OfferValuation.Multiplier multiplier -> {
                    multipliers.add(multiplier);
                    multiplierOffers.add(offer);
                }
                case OfferValuation.Refused refusal -> refused.put(offer.ref(), refusal.reason());
            }
        }

        /**
         * Values each multiplier on what its eligible lines actually pay; the one adding most points counts (the
         * earlier offer on a tie), the others are refused. A multiplier adding no point, or more extra points than
         * its budget has fen left, does not count either. The extra points are added to {@code pointsEarned}.
         */
        Optional<PointsBoost> boostPoints(long[] toPay, long[] pointsEarned) {
            int best = -1;
            long bestExtra = 0;
            for (int m = 0; m < multipliers.size(); m++) {
                Offer offer = multiplierOffers.get(m);
                long extra = PointsPolicy.extraPoints(Money.ofFen(sum(toPay, multipliers.get(m).eligibleLines())),
                        multipliers.get(m).factor());
                if (extra == 0) {
                    refused.put(offer.ref(), new NotAppliedReason.NothingLeftToPay());
                } else if (!OfferValuation.withinBudget(offer, extra)) {
                    refused.put(offer.ref(), OfferValuation.tooSmall(offer, extra).reason());
                } else if (extra > bestExtra) {
                    best = m;
                    bestExtra = extra;
                }
            }
            if (best < 0) {
                return Optional.empty();
            }
            Offer winner = multiplierOffers.get(best);
            for (Offer offer : multiplierOffers) {
                if (offer != winner && !refused.containsKey(offer.ref())) {
                    refused.put(offer.ref(), new NotAppliedReason.WeakerPointsMultiplier(winner.ref()));
                }
            }
            long[] weights = new long[toPay.length];
            for (int i : multipliers.get(best).eligibleLines()) {
                weights[i] = toPay[i];
            }
            long[] extraPerLine = Allocation.largestRemainder(bestExtra, weights);
            for (int i = 0; i < pointsEarned.length; i++) {
                pointsEarned[i] += extraPerLine[i];
            }
            used(winner, Money.ofFen(bestExtra));
            return Optional.of(new PointsBoost(winner.ref().campaignId().orElseThrow(), winner.nameEn(),
                    winner.nameZh(), multipliers.get(best).factor(), bestExtra));
        }

        /** Records what applying the offer takes: budget, the coupon, one of the customer's uses. */
        private void used(Offer offer, Money cost) {
            if (offer.budgetLeft().isPresent()) {
                claims.add(new BudgetClaim(offer.ref().campaignId().orElseThrow(), cost, offer.isCampaignUse()));
            }
            if (offer.ref() instanceof OfferRef.OfCoupon coupon) {
                couponsUsed.add(coupon.id());
            }
        }
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
