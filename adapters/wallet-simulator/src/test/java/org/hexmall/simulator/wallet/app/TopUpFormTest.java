package org.hexmall.simulator.wallet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hexmall.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the wallet app's "Top up" form accepts, to the last fen, and what it says about the rest. */
class TopUpFormTest {

    @ParameterizedTest(name = "\"{0}\" yuan is {1} fen")
    @CsvSource({"0.01, 1", "100, 10000", "88.5, 8850", "88.50, 8850", "1.500, 150", "' 7 ', 700",
            "50000, 5000000", "50000.00, 5000000", "049.99, 4999"})
    void anAmountInYuanIsExactlyThatManyFen(String typed, long fen) {
        assertThat(TopUpForm.read(typed).amountFen()).isEqualTo(fen);
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource({"'', mock-wallet.top-up.required", "' ', mock-wallet.top-up.required",
            "0, mock-wallet.top-up.not-positive", "0.00, mock-wallet.top-up.not-positive",
            "-1, mock-wallet.top-up.not-positive", "-0.5, mock-wallet.top-up.not-positive",
            "1.005, mock-wallet.top-up.smaller-than-fen", "0.001, mock-wallet.top-up.smaller-than-fen",
            "'8,888', mock-wallet.top-up.format", "1e3, mock-wallet.top-up.format", "¥10, mock-wallet.top-up.format",
            ".5, mock-wallet.top-up.format", "5., mock-wallet.top-up.format", "１００, mock-wallet.top-up.format",
            "NaN, mock-wallet.top-up.format", "50000.01, mock-wallet.top-up.too-large",
            "92233720368547758.08, mock-wallet.top-up.too-large",
            "99999999999999999999999999999999, mock-wallet.top-up.too-large"})
    void anAmountThatIsNotATopUpInYuanIsRefused(String typed, String code) {
        assertThatThrownBy(() -> TopUpForm.read(typed))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo(code));
    }

    @Test
    void noAmountAtAllIsAnAmountToEnter_andTheLimitIsNamedInYuan() {
        assertThatThrownBy(() -> TopUpForm.read(null)).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.code()).isEqualTo("mock-wallet.top-up.required"));
        assertThatThrownBy(() -> TopUpForm.read("60000")).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.arguments()).containsExactly("¥50,000.00"));
    }
}
