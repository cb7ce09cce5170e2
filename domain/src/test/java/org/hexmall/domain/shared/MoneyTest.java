package org.hexmall.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Money LARGEST = Money.ofFen(Long.MAX_VALUE);

    // Exact sums in fen

    @Test
    void tenFenPlusTwentyFen_isExactlyThirtyFen() {
        assertThat(Money.ofFen(10).plus(Money.ofFen(20))).isEqualTo(Money.ofFen(30));
    }

    @Test
    void tenItemsAtOneJiaoEach_addUpToExactlyOneYuan() {
        Money total = IntStream.range(0, 10).mapToObj(item -> Money.ofFen(10)).reduce(Money.ZERO, Money::plus);

        assertThat(total).isEqualTo(Money.ofYuan(1, 0));
    }

    @Test
    void yuanAndFen_makeOneAmountInFen() {
        assertThat(Money.ofYuan(12, 50).fen()).isEqualTo(1_250);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 100})
    void aFenPartOutsideZeroToNinetyNine_isRefused(int fen) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.ofYuan(12, fen));
    }

    @Test
    void fiveYuanMinusOneYuanTwentyFive_leavesThreeYuanSeventyFive() {
        assertThat(Money.ofYuan(5, 0).minus(Money.ofYuan(1, 25))).isEqualTo(Money.ofYuan(3, 75));
    }

    @Test
    void anAmountMinusItself_isZero() {
        Money price = Money.ofYuan(88, 8);

        assertThat(price.minus(price).isZero()).isTrue();
    }

    @Test
    void aPriceTimesAQuantity_isTheLineTotal() {
        assertThat(Money.ofYuan(12, 50).times(3)).isEqualTo(Money.ofYuan(37, 50));
    }

    @Test
    void aPriceTimesZero_isZero() {
        assertThat(Money.ofYuan(12, 50).times(0)).isEqualTo(Money.ZERO);
    }

    @Test
    void aNegativeQuantity_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.ofYuan(12, 50).times(-1));
    }

    // Never negative

    @Test
    void aNegativeNumberOfFen_isRefused() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> Money.ofFen(-1))
                .extracting(DomainException::code).isEqualTo("money.negative");
    }

    @Test
    void aNegativeNumberOfYuan_isRefused() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> Money.ofYuan(-1, 50))
                .extracting(DomainException::code).isEqualTo("money.negative");
    }

    @Test
    void takingMoreThanThereIs_isRefusedRatherThanGoingBelowZero() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> Money.ofYuan(1, 0).minus(Money.ofYuan(1, 1)))
                .extracting(DomainException::code).isEqualTo("money.negative");
    }

    // Overflow

    @Test
    void aSumTooLargeToCount_isRefusedInsteadOfWrappingAround() {
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> LARGEST.plus(Money.ofFen(1)));
    }

    @Test
    void aProductTooLargeToCount_isRefusedInsteadOfWrappingAround() {
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> LARGEST.times(2));
    }

    @Test
    void yuanTooManyToCountInFen_areRefusedInsteadOfWrappingAround() {
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Money.ofYuan(Long.MAX_VALUE, 0));
    }

    // Comparing

    @Test
    void aLargerAmount_isGreaterThanASmallerOne() {
        assertThat(Money.ofYuan(10, 1).isGreaterThan(Money.ofYuan(10, 0))).isTrue();
        assertThat(Money.ofYuan(10, 0).isGreaterThan(Money.ofYuan(10, 1))).isFalse();
    }

    @Test
    void anAmount_isNotGreaterThanItself() {
        assertThat(Money.ofYuan(10, 0).isGreaterThan(Money.ofFen(1_000))).isFalse();
    }

    @Test
    void amounts_sortFromSmallestToLargest() {
        List<Money> prices = List.of(Money.ofYuan(99, 0), Money.ofFen(5), Money.ofYuan(1, 0));

        assertThat(prices.stream().sorted())
                .containsExactly(Money.ofFen(5), Money.ofYuan(1, 0), Money.ofYuan(99, 0));
    }

    @Test
    void theSameAmountWrittenTwoWays_isEqual() {
        assertThat(Money.ofYuan(12, 50)).isEqualTo(Money.ofFen(1_250)).isEqualByComparingTo(Money.ofFen(1_250));
    }

    // Showing

    @Test
    void anAmountOverAThousandYuan_isShownWithAThousandsSeparatorAndTwoDecimals() {
        assertThat(Money.ofYuan(1_234, 50)).hasToString("¥1,234.50");
    }

    @Test
    void fiveFen_isShownAsZeroPointZeroFive() {
        assertThat(Money.ofFen(5)).hasToString("¥0.05");
    }

    @Test
    void zero_isShownAsZeroPointZeroZero() {
        assertThat(Money.ZERO).hasToString("¥0.00");
    }
}
