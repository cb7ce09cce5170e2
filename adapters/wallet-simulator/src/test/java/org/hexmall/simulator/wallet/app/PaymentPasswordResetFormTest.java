package org.hexmall.simulator.wallet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the wallet app's "Reset the payment password" form accepts, and what it says about the rest. */
class PaymentPasswordResetFormTest {

    @Test
    void aWellFilledFormNamesTheHolderAndTheNewPassword() {
        assertThat(PaymentPasswordResetForm.read(" Li Lei ", "246810", "246810"))
                .isEqualTo(new PaymentPasswordResetForm("Li Lei", "246810"));
    }

    @Test
    void everyMistakeIsNamedWithItsFieldAtOnce() {
        assertThatThrownBy(() -> PaymentPasswordResetForm.read(" ", "12345", "12345"))
                .isInstanceOfSatisfying(PaymentPasswordResetForm.Invalid.class, invalid -> assertThat(
                        invalid.problems())
                        .extracting(PaymentPasswordResetForm.Problem::field, PaymentPasswordResetForm.Problem::code)
                        .containsExactly(
                                tuple("holderName", "mock-wallet.reset.holder-required"),
                                tuple("newPassword", "mock-wallet.payment-password.format")));
    }

    @ParameterizedTest(name = "\"{0}\" is not a payment password")
    @CsvSource({"''", "12345", "1234567", "12345a", "'123 456'", "１２３４５６"})
    void aNewPaymentPasswordIsExactlySixDigits(String typed) {
        assertThatThrownBy(() -> PaymentPasswordResetForm.read("Li Lei", typed, typed))
                .isInstanceOfSatisfying(PaymentPasswordResetForm.Invalid.class, invalid -> assertThat(
                        invalid.problems()).extracting(PaymentPasswordResetForm.Problem::field)
                        .containsExactly("newPassword"));
    }

    @ParameterizedTest(name = "typed again as \"{0}\": {1}")
    @CsvSource({"'', mock-wallet.reset.again-required", "246801, mock-wallet.reset.passwords-differ",
            "' 246810', mock-wallet.reset.passwords-differ"})
    void theNewPasswordIsTypedTwiceTheSame(String again, String code) {
        assertThatThrownBy(() -> PaymentPasswordResetForm.read("Li Lei", "246810", again))
                .isInstanceOfSatisfying(PaymentPasswordResetForm.Invalid.class, invalid -> assertThat(
                        invalid.problems())
                        .extracting(PaymentPasswordResetForm.Problem::field, PaymentPasswordResetForm.Problem::code)
                        .containsExactly(tuple("newPasswordAgain", code)));
        assertThatThrownBy(() -> PaymentPasswordResetForm.read("Li Lei", "246810", null))
                .isInstanceOf(PaymentPasswordResetForm.Invalid.class);
    }

    @Test
    void theNewPasswordNeverShowsInTheFormsDescription() {
        assertThat(PaymentPasswordResetForm.read("Li Lei", "246810", "246810").toString()).doesNotContain("246810");
    }
}
