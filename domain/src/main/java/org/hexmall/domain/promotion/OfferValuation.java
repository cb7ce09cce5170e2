package org.hexmall.domain.promotion;

import java.util.ArrayList;
import java.util.List;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.shared.Money;

/**
 * What one offer is worth on an order at its level.
 * <ul>
 *   <li>The eligible lines are the promoted products or categories (every line when none are named).</li>
 *   <li>Minimum spend is checked on what the eligible lines come to at the start of the offer's level, that is
 *       after the discounts of the levels before it and before those of its own level: a 满300减50 at the order
 *       level counts the order after item coupons. Exactly the minimum qualifies; one fen less does not.</li>
 *   <li>A percentage is taken of that same amount, rounded down to the fen, then held to its cap.</li>
 *   <li>A discount is never more than what is still left to pay on its eligible lines, and it is shared among
 *       them in proportion to what each still has to pay (see {@link Allocation}).</li>
 *   <li>A discount or a voucher worth more than what is left of the budget it draws on is not given at all.</li>
 * </ul>
 * Points multipliers are valued once the amount paid is known (see {@link CombinationPricer}).
 */
final class OfferValuation {

    private OfferValuation() {
    }

    /** The outcome for one offer. */
    sealed interface Result {
    }

    /** A discount of {@code amount} fen, shared as {@code perLine}. */
    record Discount(long amount, long[] perLine) implements Result {
    }

    /** A voucher to grant, for these eligible lines. */
    record Voucher(Benefit.CashbackVoucher voucher, List<Integer> eligibleLines) implements Result {
    }

    /** A multiplier whose conditions hold, to value once the amount paid is known. */
    record Multiplier(int factor, List<Integer> eligibleLines) implements Result {
    }

    /** The offer does not apply. */
    record Refused(NotAppliedReason reason) implements Result {
    }

    static Result value(Offer offer, List<OrderLine> lines, long[] levelStart, long[] remaining) {
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (offer.conditions().covers(lines.get(i))) {
                eligible.add(i);
            }
        }
        if (eligible.isEmpty()) {
            return new Refused(new NotAppliedReason.NoEligibleLines());
        }
        long base = sum(levelStart, eligible);
        long minimum = offer.conditions().minimumSpend().fen();
        if (base < minimum) {
            return new Refused(new NotAppliedReason.BelowMinimumSpend(Money.ofFen(minimum),
                    Money.ofFen(minimum - base)));
        }
        long left = sum(remaining, eligible);
        return switch (offer.benefit()) {
            case Benefit.AmountOff off -> discount(offer, Math.min(off.amount().fen(), left), eligible, remaining);
            case Benefit.PercentOff off -> discount(offer,
                    Math.min(Math.min(base * off.percent() / 100, off.cap().fen()), left), eligible, remaining);
            case Benefit.CashbackVoucher voucher -> withinBudget(offer, voucher.amount().fen())
                    ? new Voucher(voucher, eligible) : tooSmall(offer, voucher.amount().fen());
            case Benefit.PointsMultiplier multiplier -> new Multiplier(multiplier.factor(), eligible);
        };
    }

    /** True when {@code cost} fen fit in what is left of the budget the offer draws on (or it draws on none). */
    static boolean withinBudget(Offer offer, long cost) {
        return offer.budgetLeft().map(left -> cost <= left.fen()).orElse(true);
    }

    static Refused tooSmall(Offer offer, long cost) {
        return new Refused(new NotAppliedReason.BudgetTooSmall(Money.ofFen(cost), offer.budgetLeft().orElseThrow()));
    }

    private static Result discount(Offer offer, long amount, List<Integer> eligible, long[] remaining) {
        if (amount == 0) {
            return new Refused(new NotAppliedReason.NothingLeftToPay());
        }
        if (!withinBudget(offer, amount)) {
            return tooSmall(offer, amount);
        }
        long[] weights = new long[remaining.length];
        for (int i : eligible) {
            weights[i] = remaining[i];
        }
        return new Discount(amount, Allocation.largestRemainder(amount, weights));
    }

    private static long sum(long[] amounts, List<Integer> indexes) {
        long total = 0;
        for (int i : indexes) {
            total += amounts[i];
        }
        return total;
    }
}
