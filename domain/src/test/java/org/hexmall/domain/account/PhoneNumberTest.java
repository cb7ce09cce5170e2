package org.hexmall.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.hexmall.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "14700138000", "15900138000", "16600138000", "17700138000",
            "18612345678", "19912345678"})
    void elevenDigitsStartingWithOneAndThreeToNine_isAMainlandMobileNumber(String typed) {
        assertThat(PhoneNumber.parse(typed).value()).isEqualTo(typed);
    }

    @Test
    void spacesAroundTheNumber_areIgnored() {
        assertThat(PhoneNumber.parse("  13800138000 \t").value()).isEqualTo("13800138000");
    }

    @Test
    void aLeadingCountryCode_isDropped() {
        assertThat(PhoneNumber.parse("+8613800138000").value()).isEqualTo("13800138000");
    }

    @Test
    void aLeadingCountryCodeFollowedByASpace_isDroppedToo() {
        assertThat(PhoneNumber.parse("+86 13800138000").value()).isEqualTo("13800138000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"139 0000 0034", "139-0000-0034", "+86 139 0000 0034", "+86-139-0000-0034",
            "１３９００００００３４", "＋８６　１３９ ００００ ００３４", "1390000 0034", "\u200B13900000034",
            "139\u200B0000\u20600034\uFEFF"})
    void spacesOrDashesBetweenDigits_fullWidthDigits_pastedZeroWidthSpaces_andTheCountryCode_areReadAsTheNumber(
            String typed) {
        assertThat(PhoneNumber.parse(typed).value()).isEqualTo("13900000034");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800138000", "10800138000", "23800138000"})
    void elevenDigitsThatNoMainlandMobileStartsWith_areRefusedAsAFormatMistake(String typed) {
        assertThat(code(typed)).isEqualTo("phone.format");
    }

    @Test
    void tooFewOrTooManyDigits_areRefusedSayingHowManyWereTyped() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> PhoneNumber.parse("139 0000 003"))
                .satisfies(refused -> {
                    assertThat(refused.code()).isEqualTo("phone.length");
                    assertThat(refused.arguments()).containsExactly(10);
                });
        assertThat(code("138001380001")).isEqualTo("phone.length");
    }

    @Test
    void anythingButADigitSpaceOrDash_isRefusedNamingTheCharacterAndItsPlace() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> PhoneNumber.parse("1380013800a"))
                .satisfies(refused -> {
                    assertThat(refused.code()).isEqualTo("phone.invalid-character");
                    assertThat(refused.arguments()).containsExactly("a", 11);
                });
        assertThat(code("+8513800138000")).isEqualTo("phone.invalid-character");
        assertThat(code("139.0000.0034")).isEqualTo("phone.invalid-character");
    }

    private static String code(String typed) {
        try {
            PhoneNumber.parse(typed);
            throw new AssertionError("accepted " + typed);
        } catch (DomainException refused) {
            return refused.code();
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void nothingTyped_isRefusedAsMissing(String typed) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> PhoneNumber.parse(typed))
                .extracting(DomainException::code).isEqualTo("phone.required");
    }

    @Test
    void masked_showsOnlyTheFirstThreeAndLastFourDigits() {
        assertThat(PhoneNumber.parse("13812340001").masked()).isEqualTo("138****0001");
    }

    @Test
    void textWithAnAtSign_looksLikeAnEmailRatherThanAPhone() {
        assertThat(PhoneNumber.looksLikeOne("li.lei@example.com")).isFalse();
        assertThat(PhoneNumber.looksLikeOne("13800138000")).isTrue();
    }
}
