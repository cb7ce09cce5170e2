package org.hexmall.domain.promotion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Chooses the offers best for the customer, one at most per stacking group, by trying every combination: the least
 * amount after discounts wins (points the customer spends are their own money, not a saving an offer gives); on a
 * tie, more points to earn; then more voucher value; then the combination whose offers come first in a stable order
 * by id. Only combinations in which every chosen offer applies are compared, so that the winner means what it says.
 * <p>
 * Before the search, an offer that could not apply in any combination is left out with its reason: one with no
 * eligible line, or below its minimum spend on the order before any discount (discounts only lower the amounts).
 * Groups are few, so the search stays small; should the combinations still exceed {@link #MAX_COMBINATIONS}, the
 * offers weakest on their own are left out first, each losing to the strongest of its group.
 * <p>
 * Each offer left out is explained: its own reason when it could not apply in the winning combination, otherwise
 * the winner of its stacking group (or, for a second coupon of the same offer, that the other coupon is used), or the
 * better combination when its group gives nothing.
 */
final class BestCombination {

    private static final Comparator<CombinationPricer.Priced> BEST_FIRST = Comparator
            .comparing((CombinationPricer.Priced priced) -> priced.breakdown().amountAfterDiscounts())
            .thenComparing(priced -> -priced.breakdown().pointsToEarn())
            .thenComparing(priced -> -priced.breakdown().voucherValue().fen())
            .thenComparing(BestCombination::stableKey);

    /** The most combinations tried for one order. */
    static final int MAX_COMBINATIONS = 1024;

    private BestCombination() {
    }

    static PriceBreakdown choose(PricingRequest request, List<Offer> offers, List<NotApplied> refusedBefore) {
        List<NotApplied> notApplied = new ArrayList<>(refusedBefore);
        Map<Offer, CombinationPricer.Priced> alone = new HashMap<>();
        List<Offer> candidates = new ArrayList<>();
        for (Offer offer : offers) {
            CombinationPricer.Priced priced = CombinationPricer.price(request, List.of(offer));
            NotAppliedReason reason = priced.refused().get(offer.ref());
            if (reason instanceof NotAppliedReason.NoEligibleLines
                    || reason instanceof NotAppliedReason.BelowMinimumSpend) {
                notApplied.add(offer.notApplied(reason));
            } else {
                alone.put(offer, priced);
                candidates.add(offer);
            }
        }
        List<List<Offer>> options = groups(candidates, alone, notApplied);
        int[] choice = new int[options.size()];
        Arrays.fill(choice, -1);
        CombinationPricer.Priced best = null;
        do {
            CombinationPricer.Priced priced = CombinationPricer.price(request, chosen(options, choice));
            if (priced.allApplied() && (best == null || BEST_FIRST.compare(priced, best) < 0)) {
                best = priced;
            }
        } while (next(choice, options));
        List<Offer> searched = options.stream().flatMap(List::stream).toList();
        for (Offer candidate : searched) {
            if (!best.chosen().contains(candidate)) {
                notApplied.add(candidate.notApplied(whyLeftOut(request, best, candidate)));
            }
        }
        return best.breakdown().withNotApplied(notApplied);
    }

    /**
     * The candidates by stacking group, each group's offers strongest alone first; while the combinations would be
     * too many, the weakest offer of the largest group is left out.
     */
    private static List<List<Offer>> groups(List<Offer> candidates, Map<Offer, CombinationPricer.Priced> alone,
                                            List<NotApplied> notApplied) {
        Comparator<Offer> strongestFirst = Comparator.comparing(alone::get, BEST_FIRST);
        Map<String, List<Offer>> byGroup = new TreeMap<>();
        for (Offer offer : candidates) {
            byGroup.computeIfAbsent(offer.group().name(), name -> new ArrayList<>()).add(offer);
        }
        List<List<Offer>> groups = new ArrayList<>();
        for (List<Offer> group : byGroup.values()) {
            group.sort(strongestFirst);
            groups.add(group);
        }
        while (combinations(groups) > MAX_COMBINATIONS) {
            List<Offer> largest = groups.stream().max(Comparator.comparingInt(List::size)).orElseThrow();
            Offer strongest = largest.getFirst();
            Offer weakest = largest.removeLast();
            notApplied.add(weakest.notApplied(largest.isEmpty() ? new NotAppliedReason.LostToBetterCombination()
                    : lostTo(strongest, weakest)));
            groups.removeIf(List::isEmpty);
        }
        return groups;
    }

    private static long combinations(List<List<Offer>> groups) {
        long count = 1;
        for (List<Offer> group : groups) {
            count *= group.size() + 1;
            if (count > MAX_COMBINATIONS) {
                return count;
            }
        }
        return count;
    }

    private static NotAppliedReason whyLeftOut(PricingRequest request, CombinationPricer.Priced best,
                                               Offer candidate) {
        Optional<Offer> winner = best.chosen().stream()
                .filter(offer -> offer.group().equals(candidate.group())).findFirst();
        List<Offer> instead = new ArrayList<>(best.chosen());
        winner.ifPresent(instead::remove);
        instead.add(candidate);
        CombinationPricer.Priced tried = CombinationPricer.price(request, instead);
        NotAppliedReason own = tried.refused().get(candidate.ref());
        if (own != null) {
            return own;
        }
        return winner.map(offer -> lostTo(offer, candidate))
                .orElseGet(NotAppliedReason.LostToBetterCombination::new);
    }

    /**
     * Why {@code loser} gave way to {@code winner} of its stacking group: another coupon of the same offer is used
     * instead, or another offer saves the customer more.
     */
    private static NotAppliedReason lostTo(Offer winner, Offer loser) {
        return loser.isAnotherCouponOf(winner) ? new NotAppliedReason.AnotherCouponOfTheOffer(winner.ref())
                : new NotAppliedReason.LostInStackingGroup(winner.group(), winner.ref(), winner.nameEn(),
                winner.nameZh());
    }

    private static List<Offer> chosen(List<List<Offer>> options, int[] choice) {
        List<Offer> chosen = new ArrayList<>();
        for (int group = 0; group < choice.length; group++) {
            if (choice[group] >= 0) {
                chosen.add(options.get(group).get(choice[group]));
            }
        }
        return chosen;
    }

    /** Moves to the next combination, counting like an odometer; false once every one was tried. */
    private static boolean next(int[] choice, List<List<Offer>> options) {
        for (int group = 0; group < choice.length; group++) {
            choice[group]++;
            if (choice[group] < options.get(group).size()) {
                return true;
            }
            choice[group] = -1;
        }
        return false;
    }

    private static String stableKey(CombinationPricer.Priced priced) {
        return priced.chosen().stream().map(offer -> offer.ref().key()).sorted().collect(Collectors.joining(","));
    }
}
