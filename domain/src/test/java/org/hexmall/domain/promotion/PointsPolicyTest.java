package org.hexmall.domain.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.domain.promotion.PromotionFixtures.CUSTOMER;
import static org.hexmall.domain.promotion.PromotionFixtures.NOW;

import java.util.List;
import java.util.Optional;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The points rules: earning, spending, the balance. */
class PointsPolicyTest {

    @ParameterizedTest(name = "{0} fen times {1}: {2} points")
    @CsvSource({"9999, 1, 99", "10000, 1, 100", "99, 1, 0", "10099, 2, 200", "0, 3, 0"})
    void points_areEarnedPerWholeYuanPaid_timesTheMultiplier(long paid, int multiplier, long points) {
        assertThat(PointsPolicy.pointsEarned(Money.ofFen(paid), multiplier)).isEqualTo(points);
        assertThat(PointsPolicy.extraPoints(Money.ofFen(paid), multiplier)).isEqualTo(points - paid / 100);
    }

    @ParameterizedTest(name = "{0} fen to pay, balance {1}: at most {2} points")
    @CsvSource({"10000, 100000, 5000", "10199, 100000, 5000", "10200, 100000, 5100", "10000, 4999, 4900",
        "10000, 99, 0", "199, 100000, 0", "0, 100000, 0"})
    void atMostHalfTheAmount_inWholeYuan_withinTheBalance(long toPay, long balance, long most) {
        assertThat(PointsPolicy.mostSpendable(Money.ofFen(toPay), balance)).isEqualTo(most);
    }

    @Test
    void askingForPartOfAYuan_spendsTheWholeYuanBelow() {
        assertThat(PointsPolicy.pointsToSpend(1_299, Money.ofFen(100_000), 5_000)).isEqualTo(1_200);
        assertThat(PointsPolicy.pointsToSpend(9_000, Money.ofFen(100_000), 5_000)).isEqualTo(5_000);
        assertThat(PointsPolicy.valueOf(1_200)).isEqualTo(Money.ofYuan(12, 0));
    }

    @ParameterizedTest(name = "{0} earned, {1} returned, balance {2}: {3} taken back")
    @CsvSource({"369, 0, 5369, 369", "369, 0, 69, 69", "369, 0, 0, 0", "369, 0, -300, 0", "90, 1000, 0, 90",
        "549, 100, 171, 271", "0, 0, 0, 0", "50, 0, 9223372036854775807, 50"})
    void aRefund_takesBackNoMoreEarnedPointsThanTheBalanceHolds_withThePointsItReturns(long earned, long returned,
                                                                                     long balance, long taken) {
        assertThat(PointsPolicy.takeBackable(earned, returned, balance)).isEqualTo(taken);
    }

    @Test
    void theBalance_isTheSumOfTheLedger() {
        List<PointsEntry> ledger = List.of(
                new PointsEntry(CUSTOMER, PointsEntryKind.EARNED, 300, Optional.empty(), "", NOW),
                new PointsEntry(CUSTOMER, PointsEntryKind.SPENT, 200, Optional.empty(), "", NOW),
                new PointsEntry(CUSTOMER, PointsEntryKind.SPENDING_RETURNED, 100, Optional.empty(), "", NOW),
                new PointsEntry(CUSTOMER, PointsEntryKind.EARNING_REVERSED, 50, Optional.empty(), "", NOW));

        assertThat(PointsPolicy.balance(ledger)).isEqualTo(150);
        assertThat(PointsPolicy.balance(List.of())).isZero();
    }
}
