package org.hexmall.domain.checkout;

import java.util.Arrays;
import java.util.Objects;

/**
 * A keyed shuffle of the numbers {@code 0 .. size-1}: every number maps to exactly one other, and only someone who
 * knows the key can tell which serial a shuffled number came from, so consecutive orders get numbers that say
 * nothing about each other or about how many orders the store takes.
 * <p>
 * It is a Feistel network over a range that is not a power of two (the "FE1" construction): a number {@code x} is
 * split into {@code x / b} and {@code x % b}, and each round computes {@code a * right + (left + f(right)) mod a}.
 * Each round can be undone whatever {@code f} is, so the whole is a bijection; {@code f} mixes the right half with
 * that round's key. It hides the order of serials from customers; it is not encryption to rely on against an
 * attacker with many numbers and time.
 */
public final class OrderNumberPermutation {

    /** The size of the range order numbers use: nine digits. */
    public static final long ORDER_NUMBER_RANGE = 1_000_000_000L;
    private static final int ROUNDS = 10;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long a;
    private final long b;
    private final long[] roundKeys;

    private OrderNumberPermutation(long a, long b, byte[] key) {
        if (a < 2 || b < 2 || Math.multiplyHigh(a, b) != 0) {
            throw new IllegalArgumentException("both halves of the range hold at least two numbers");
        }
        Objects.requireNonNull(key, "key");
        if (key.length < 16) {
            throw new IllegalArgumentException("a key has at least 16 bytes");
        }
        this.a = a;
        this.b = b;
        this.roundKeys = roundKeys(key);
    }

    /** The shuffle of the nine-digit range order numbers use, under the store's key (at least 16 bytes). */
    public static OrderNumberPermutation forOrderNumbers(byte[] key) {
        return new OrderNumberPermutation(10_000, 100_000, key);
    }

    /** A shuffle of {@code 0 .. a*b-1}: small ones let a test try every number. */
    public static OrderNumberPermutation over(long a, long b, byte[] key) {
        return new OrderNumberPermutation(a, b, key);
    }

    public long size() {
        return a * b;
    }

    /** The shuffled number of {@code x}, in the same range. */
    public long apply(long x) {
        requireInRange(x);
        long value = x;
        for (long roundKey : roundKeys) {
            long left = value / b;
            long right = value % b;
            value = a * right + Math.floorMod(left + round(roundKey, right), a);
        }
        return value;
    }

    /** The number whose shuffle is {@code y}: {@code inverse(apply(x)) == x}. */
    public long inverse(long y) {
        requireInRange(y);
        long value = y;
        for (int i = roundKeys.length - 1; i >= 0; i--) {
            long right = value / a;
            long mixed = value % a;
            long left = Math.floorMod(mixed - round(roundKeys[i], right), a);
            value = left * b + right;
        }
        return value;
    }

    private void requireInRange(long x) {
        if (x < 0 || x >= size()) {
            throw new IllegalArgumentException(x + " is outside 0.." + (size() - 1));
        }
    }

    private long round(long roundKey, long right) {
        return Math.floorMod(mix(roundKey ^ (right * GOLDEN_GAMMA)), a);
    }

    private static long[] roundKeys(byte[] key) {
        long state = 0;
        for (byte part : key) {
            state = mix(state + GOLDEN_GAMMA + (part & 0xFF));
        }
        long[] keys = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            state += GOLDEN_GAMMA;
            keys[i] = mix(state);
        }
        return keys;
    }

    /** SplitMix64's finaliser: every bit of the input moves about half the bits of the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        // The round keys are the store's secret.
        return "OrderNumberPermutation[0.." + (size() - 1) + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderNumberPermutation that && a == that.a && b == that.b
                && Arrays.equals(roundKeys, that.roundKeys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(a, b, Arrays.hashCode(roundKeys));
    }
}
