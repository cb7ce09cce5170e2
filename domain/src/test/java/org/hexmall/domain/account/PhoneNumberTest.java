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

    @Test
    void aSpaceInsideTheNumber_isRefusedAsAFormatMistake() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> PhoneNumber.parse("138 0013 8000"))
                .extracting(DomainException::code).isEqualTo("phone.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800138000", "10800138000", "23800138000", "1380013800", "138001380001",
            "1380013800a", "138-0013-8000", "+8513800138000"})
    void anythingButElevenDigitsOfAMainlandMobile_isRefusedAsAFormatMistake(String typed) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> PhoneNumber.parse(typed))
                .extracting(DomainException::code).isEqualTo("phone.format");
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
