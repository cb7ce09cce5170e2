package org.hexmall.domain.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sharing an amount among lines by the largest remainder. */
class AllocationTest {

    @Test
    void sharesAddUp_andTheLeftoverFenGoToTheLargestFractions() {
        assertThat(Allocation.largestRemainder(100, new long[] {1, 1, 1})).containsExactly(34, 33, 33);
        assertThat(Allocation.largestRemainder(10, new long[] {1, 2})).containsExactly(3, 7);
        assertThat(Allocation.largestRemainder(5, new long[] {0, 7, 0})).containsExactly(0, 5, 0);
        assertThat(Allocation.largestRemainder(0, new long[] {0, 0})).containsExactly(0, 0);
    }

    @Test
    void noLineGetsMoreThanItsWeight_whenTheAmountFits() {
        assertThat(Allocation.largestRemainder(3, new long[] {1, 1, 1})).containsExactly(1, 1, 1);
        assertThat(Allocation.largestRemainder(4, new long[] {1, 3, 1})).containsExactly(1, 2, 1);
    }

    @Test
    void itemShares_giveBackTheWholeLine_inAnySteps() {
        assertThat(ItemShares.firstItemsExtra(2939, 3, 0, 1)).isEqualTo(980);
        assertThat(ItemShares.firstItemsExtra(2939, 3, 1, 3)).isEqualTo(1959);
        assertThat(ItemShares.lastItemsExtra(2939, 3, 0, 1)).isEqualTo(979);
        assertThat(ItemShares.lastItemsExtra(2939, 3, 1, 3)).isEqualTo(1960);
    }
}
