package org.hexmall.domain.promotion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Chooses the offers best for the customer, one at most per stacking group, by trying every combination (groups
 * are few): the least amount to pay after discounts wins; on a tie, more points to earn; then more voucher value;
 * then the combination whose offers come first in a stable order by id. Only combinations in which every chosen
 * offer applies are compared, so that the winner means what it says. Each offer left out is explained: its own
 * reason when it could not apply in the winning combination, the winner of its stacking group otherwise.
 */
final class BestCombination {

    private static final Comparator<CombinationPricer.Priced> BEST_FIRST = Comparator
            .comparing((CombinationPricer.Priced priced) -> priced.breakdown().amountAfterDiscounts())
            .thenComparing(priced -> -priced.breakdown().pointsToEarn())
            .thenComparing(priced -> -priced.breakdown().voucherValue().fen())
            .thenComparing(BestCombination::stableKey);

    private BestCombination() {
    }

    static PriceBreakdown choose(PricingRequest request, List<Offer> candidates, List<NotApplied> refusedBefore) {
        Map<String, List<Offer>> groups = new TreeMap<>(candidates.stream()
                .sorted(Comparator.comparing(offer -> offer.ref().key()))
                .collect(Collectors.groupingBy(offer -> offer.group().name(), Collectors.toList())));
        List<List<Offer>> options = new ArrayList<>(groups.values());
        int[] choice = new int[options.size()];
        Arrays.fill(choice, -1);
        CombinationPricer.Priced best = null;
        do {
            CombinationPricer.Priced priced = CombinationPricer.price(request, chosen(options, choice));
            if (priced.allApplied() && (best == null || BEST_FIRST.compare(priced, best) < 0)) {
                best = priced;
            }
        } while (next(choice, options));
        List<NotApplied> notApplied = new ArrayList<>(refusedBefore);
        for (Offer candidate : candidates) {
            if (!best.chosen().contains(candidate)) {
                notApplied.add(candidate.notApplied(whyLeftOut(request, best, candidate)));
            }
        }
        return best.breakdown().withNotApplied(notApplied);
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
        return winner.<NotAppliedReason>map(offer -> new NotAppliedReason.LostInStackingGroup(offer.group(),
                offer.ref(), offer.nameEn(), offer.nameZh()))
                .orElseGet(NotAppliedReason.LostToBetterCombination::new);
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
