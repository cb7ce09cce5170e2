package org.hexmall.adapter.in.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.Test;

class DisplayMoneyTest {

    private final DisplayMoney money = new DisplayMoney();

    @Test
    void anAmountShowsInYuanWithTwoDigitsOfFenAndGroupedThousands() {
        assertThat(money.format(Money.ofFen(123_450))).isEqualTo("¥1,234.50");
        assertThat(money.format(Money.ofFen(5))).isEqualTo("¥0.05");
        assertThat(money.format(Money.ZERO)).isEqualTo("¥0.00");
    }

    @Test
    void aLargeAmountIsExactToTheFen() {
        assertThat(money.format(Money.ofFen(9_007_199_254_740_993L))).isEqualTo("¥90,071,992,547,409.93");
    }
}
