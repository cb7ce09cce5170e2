package org.hexmall.domain.promotion;

import java.util.List;
import org.hexmall.domain.shared.Money;

/**
 * The points rules (积分): 1 point for each whole yuan actually paid, times a multiplier when a campaign gives one;
 * 100 points are worth ¥1 (so one point is one fen) and are spent in whole yuan only, on at most half of the amount
 * to pay, never more than the customer holds. The balance is the sum of the ledger's entries.
 */
public final class PointsPolicy {

    /** Points are spent in blocks of 100, worth ¥1 each. */
    public static final long POINTS_PER_YUAN = 100;
    /** At most this percentage of the amount to pay may be paid with points. */
    public static final int MAX_PERCENT_PAID_WITH_POINTS = 50;

    private PointsPolicy() {
    }

    /** 1 point per whole yuan paid: ¥99.99 earns 99 points. */
    public static long pointsEarned(Money paid) {
        return paid.fen() / 100;
    }

    /** Points earned on {@code paid} times {@code multiplier} (1 for none, 2 for double points). */
    public static long pointsEarned(Money paid, int multiplier) {
        if (multiplier < 1) {
            throw new IllegalArgumentException("a multiplier is at least 1");
        }
        return Math.multiplyExact(pointsEarned(paid), multiplier);
    }

    /** What a multiplier adds to the points earned on {@code paid}: with double points, as many again. */
    public static long extraPoints(Money paid, int multiplier) {
        return pointsEarned(paid, multiplier) - pointsEarned(paid);
    }

    /** The most points the customer may spend on {@code amountToPay}: half of it, in whole yuan, within the balance. */
    public static long mostSpendable(Money amountToPay, long balance) {
        long half = amountToPay.fen() * MAX_PERCENT_PAID_WITH_POINTS / 100;
        long most = Math.min(half, Math.max(balance, 0));
        return most - most % POINTS_PER_YUAN;
    }

    /** The points actually spent when the customer asks for {@code requested}: whole yuan, never above the most. */
    public static long pointsToSpend(long requested, Money amountToPay, long balance) {
        if (requested < 0) {
            throw new IllegalArgumentException("points to spend are never negative");
        }
        long wholeYuan = requested - requested % POINTS_PER_YUAN;
        return Math.min(wholeYuan, mostSpendable(amountToPay, balance));
    }

    /**
     * Of the {@code earned} points a refund takes back, those it can: a balance never goes below zero, so points the
     * customer has spent since are left where they are (the refund keeps their value from the money instead). The
     * {@code returned} points the same refund gives back count with the {@code balance}.
     */
    public static long takeBackable(long earned, long returned, long balance) {
        if (earned < 0 || returned < 0) {
            throw new IllegalArgumentException("points moved by a refund are never negative");
        }
        long held = Math.max(balance, 0);
        return held >= earned ? earned : Math.min(earned, held + returned);
    }

    /** What spent points take off the price: 100 points are ¥1. */
    public static Money valueOf(long points) {
        return Money.ofFen(points);
    }

    /** The balance a ledger comes to: the sum of its entries' changes. */
    public static long balance(List<PointsEntry> ledger) {
        long balance = 0;
        for (PointsEntry entry : ledger) {
            balance = Math.addExact(balance, entry.change());
        }
        return balance;
    }
}
