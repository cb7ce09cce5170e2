package org.hexmall.domain.shared;

import java.util.Locale;

/**
 * An amount of Chinese yuan, counted in fen (分, a hundredth of a yuan) so that sums are exact:
 * money is never a floating-point number in hexmall.
 *
 * @param fen the amount in fen; never negative
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money {
        if (fen < 0) {
            throw new DomainException("money.negative");
        }
    }

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /** {@code Money.ofYuan(12, 50)} is ¥12.50. */
    public static Money ofYuan(long yuan, int fen) {
        if (fen < 0 || fen > 99) {
            throw new IllegalArgumentException("fen is 0 to 99, not " + fen);
        }
        return new Money(Math.addExact(Math.multiplyExact(yuan, 100), fen));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    /** The difference; refuses to go below zero, since no amount in hexmall is negative. */
    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money times(int quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity is never negative");
        }
        return new Money(Math.multiplyExact(fen, quantity));
    }

    public boolean isZero() {
        return fen == 0;
    }

    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    /** ¥1,234.50 style, for logs and tests; pages format amounts in the reader's language. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "¥%,d.%02d", fen / 100, fen % 100);
    }
}
