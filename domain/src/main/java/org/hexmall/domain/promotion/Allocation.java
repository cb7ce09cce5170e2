package org.hexmall.domain.promotion;

import java.util.ArrayList;
import java.util.List;

/**
 * Shares an amount in fen among lines in proportion to weights, by the largest remainder: each line first gets the
 * whole fen of its exact share, then the fen left over go one each to the lines with the largest fractions, the
 * earlier line first when fractions are equal. The shares always add up to the amount, and when the amount is no
 * more than the sum of the weights, no line gets more than its weight.
 */
final class Allocation {

    private Allocation() {
    }

    static long[] largestRemainder(long amount, long[] weights) {
        if (amount < 0) {
            throw new IllegalArgumentException("an amount to share is never negative");
        }
        long total = 0;
        for (long weight : weights) {
            if (weight < 0) {
                throw new IllegalArgumentException("weights are never negative");
            }
            total = Math.addExact(total, weight);
        }
        long[] shares = new long[weights.length];
        if (amount == 0) {
            return shares;
        }
        if (total == 0) {
            throw new IllegalArgumentException("nothing to share " + amount + " fen over");
        }
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            long exact = Math.multiplyExact(amount, weights[i]);
            shares[i] = exact / total;
            remainders[i] = exact % total;
            given += shares[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> remainders[a] != remainders[b] ? Long.compare(remainders[b], remainders[a])
                : Integer.compare(a, b));
        for (int k = 0; given < amount; k++) {
            shares[order.get(k)]++;
            given++;
        }
        return shares;
    }
}
