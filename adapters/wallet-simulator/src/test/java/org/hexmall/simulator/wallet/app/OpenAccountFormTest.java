package org.hexmall.simulator.wallet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the demo control page's "Open a simulated account" form accepts, and what it says about the rest. */
class OpenAccountFormTest {

    @Test
    void aWellFilledFormOpensThatAccount() {
        OpenAccountForm form = OpenAccountForm.read("alipay", " wang.fang@example.com ", " Wang Fang ", "1234.5",
                "112233");

        assertThat(form).isEqualTo(new OpenAccountForm(WalletProvider.ALIPAY,
                new WalletAccountIdentifier(IdentifierKind.EMAIL, "wang.fang@example.com"), "Wang Fang", 123_450,
                "112233"));
    }

    @ParameterizedTest(name = "\"{0}\" yuan is {1} fen")
    @CsvSource({"0, 0", "100, 10000", "88.5, 8850", "88.50, 8850", "0.01, 1", "1.500, 150", "' 7 ', 700",
            "92233720368547758.07, 9223372036854775807"})
    void aBalanceInYuanIsExactlyThatManyFen(String typed, long fen) {
        assertThat(OpenAccountForm.fenOf(typed)).isEqualTo(fen);
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource({"'', mock-wallet.balance.required", "' ', mock-wallet.balance.required",
            "-1, mock-wallet.balance.negative", "-0.5, mock-wallet.balance.negative",
            "1.005, mock-wallet.balance.smaller-than-fen", "0.001, mock-wallet.balance.smaller-than-fen",
            "'8,888', mock-wallet.balance.format", "1e3, mock-wallet.balance.format",
            "¥10, mock-wallet.balance.format", ".5, mock-wallet.balance.format", "5., mock-wallet.balance.format",
            "92233720368547758.08, mock-wallet.balance.too-large"})
    void aBalanceThatIsNotAnAmountInYuanIsRefused(String typed, String code) {
        assertThatThrownBy(() -> OpenAccountForm.fenOf(typed))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo(code));
    }

    @Test
    void everyMistakeIsNamedWithItsFieldAtOnce() {
        assertThatThrownBy(() -> OpenAccountForm.read("alipay", "138 00000001", "", "-1", "12345"))
                .isInstanceOfSatisfying(OpenAccountForm.Invalid.class, invalid -> assertThat(invalid.problems())
                        .extracting(OpenAccountForm.Problem::field, OpenAccountForm.Problem::code)
                        .containsExactly(
                                tuple("account", "wallet.identifier.space-inside"),
                                tuple("holder", "mock-wallet.holder.required"),
                                tuple("balance", "mock-wallet.balance.negative"),
                                tuple("paymentPassword", "mock-wallet.payment-password.format")));
    }

    @ParameterizedTest(name = "\"{0}\" is not a payment password")
    @CsvSource({"''", "12345", "1234567", "12345a", "'123 456'", "１２３４５６"})
    void aPaymentPasswordIsExactlySixDigits(String typed) {
        assertThatThrownBy(() -> OpenAccountForm.read("alipay", "13900000001", "Wang Fang", "1", typed))
                .isInstanceOfSatisfying(OpenAccountForm.Invalid.class, invalid -> assertThat(invalid.problems())
                        .extracting(OpenAccountForm.Problem::field).containsExactly("paymentPassword"));
    }

    @Test
    void aWalletThatIsNotSimulatedIsRefusedAndItsAccountIsNotRead() {
        for (String provider : new String[] {"paypal", "apple-pay", "", null}) {
            assertThatThrownBy(() -> OpenAccountForm.read(provider, "not an account", "Wang Fang", "1", "112233"))
                    .isInstanceOfSatisfying(OpenAccountForm.Invalid.class, invalid -> assertThat(invalid.problems())
                            .extracting(OpenAccountForm.Problem::field, OpenAccountForm.Problem::code)
                            .containsExactly(tuple("provider", "wallet.provider.unknown")));
        }
    }

    @Test
    void anAccountOfAKindTheWalletDoesNotBindByIsRefused() {
        assertThatThrownBy(() -> OpenAccountForm.read("unionpay-quickpass", "wang.fang@example.com", "Wang Fang", "1",
                "112233"))
                .isInstanceOfSatisfying(OpenAccountForm.Invalid.class, invalid -> assertThat(invalid.problems())
                        .extracting(OpenAccountForm.Problem::code).containsExactly("wallet.identifier.kind-not-accepted"));
    }

    @Test
    void aHolderNameLongerThanTheSimulatorKeepsIsRefused() {
        assertThatThrownBy(() -> OpenAccountForm.read("alipay", "13900000001", "x".repeat(81), "1", "112233"))
                .isInstanceOfSatisfying(OpenAccountForm.Invalid.class, invalid -> assertThat(invalid.problems())
                        .extracting(OpenAccountForm.Problem::code).containsExactly("mock-wallet.holder.too-long"));
        assertThat(OpenAccountForm.read("alipay", "13900000001", "x".repeat(80), "1", "112233").holderName())
                .hasSize(80);
    }
}
