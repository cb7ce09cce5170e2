package org.hexmall.domain.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OrderNumberPermutationTest {

    private static final byte[] KEY = "the store's order-number key 01".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_KEY = "another store's order number key".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"2, 2", "10, 100", "100, 10", "100, 100", "7, 13", "1000, 1000"})
    void onASmallRange_everyNumberHasExactlyOneImage_andTheInverseUndoesIt(long a, long b) {
        OrderNumberPermutation permutation = OrderNumberPermutation.over(a, b, KEY);
        BitSet seen = new BitSet((int) (a * b));

        long undone = 0;
        for (long x = 0; x < a * b; x++) {
            long image = permutation.apply(x);
            seen.set((int) image);
            undone += permutation.inverse(image) == x ? 1 : 0;
        }

        // As many different images as numbers, all inside the range, each undone by the inverse.
        assertThat(seen.cardinality()).isEqualTo((int) (a * b));
        assertThat(seen.length()).isEqualTo((int) (a * b));
        assertThat(undone).isEqualTo(a * b);
    }

    @Test
    void onTheOrderNumberRange_sampledNumbersStayInRange_andTheInverseUndoesThem() {
        OrderNumberPermutation permutation = OrderNumberPermutation.forOrderNumbers(KEY);
        SplittableRandom random = new SplittableRandom(20261206L);

        assertThat(permutation.size()).isEqualTo(1_000_000_000L);
        LongStream.concat(LongStream.of(0, 1, 999_999_999L), random.longs(200_000, 0, permutation.size()))
                .forEach(x -> {
                    long image = permutation.apply(x);
                    assertThat(image).isBetween(0L, 999_999_999L);
                    assertThat(permutation.inverse(image)).isEqualTo(x);
                });
    }

    @Test
    void onTheOrderNumberRange_aMillionConsecutiveSerials_getAMillionDifferentNumbers() {
        OrderNumberPermutation permutation = OrderNumberPermutation.forOrderNumbers(KEY);
        long[] images = LongStream.range(0, 1_000_000).map(permutation::apply).sorted().toArray();

        assertThat(IntStream.range(1, images.length).filter(i -> images[i] == images[i - 1]).count()).isZero();
    }

    @Test
    void consecutiveSerials_giveNumbersThatSayNothingOfTheNext() {
        OrderNumberPermutation permutation = OrderNumberPermutation.forOrderNumbers(KEY);

        long closeNeighbours = LongStream.range(0, 10_000)
                .filter(serial -> Math.abs(permutation.apply(serial + 1) - permutation.apply(serial)) < 1_000)
                .count();
        Set<Long> leadingDigits = new HashSet<>();
        LongStream.range(0, 1_000).forEach(serial -> leadingDigits.add(permutation.apply(serial) / 100_000_000L));

        // Under a uniform shuffle about 2 of 10,000 neighbours would land within 1,000 of each other.
        assertThat(closeNeighbours).isLessThan(10);
        assertThat(leadingDigits).hasSize(10);
    }

    @Test
    void anotherKey_shufflesDifferently() {
        OrderNumberPermutation ours = OrderNumberPermutation.forOrderNumbers(KEY);
        OrderNumberPermutation theirs = OrderNumberPermutation.forOrderNumbers(OTHER_KEY);

        long same = LongStream.range(0, 1_000).filter(serial -> ours.apply(serial) == theirs.apply(serial)).count();

        assertThat(same).isZero();
        assertThat(ours).isEqualTo(OrderNumberPermutation.forOrderNumbers(KEY.clone())).isNotEqualTo(theirs);
    }

    @Test
    void numbersOutsideTheRange_andShortKeys_areRefused() {
        OrderNumberPermutation permutation = OrderNumberPermutation.over(10, 10, KEY);

        assertThatIllegalArgumentException().isThrownBy(() -> permutation.apply(100));
        assertThatIllegalArgumentException().isThrownBy(() -> permutation.apply(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> permutation.inverse(100));
        assertThatIllegalArgumentException().isThrownBy(() -> OrderNumberPermutation.forOrderNumbers(new byte[15]));
    }

    @Test
    void itsDescription_neverShowsTheKey() {
        assertThat(OrderNumberPermutation.forOrderNumbers(KEY).toString()).isEqualTo("OrderNumberPermutation[0..999999999]");
    }
}
