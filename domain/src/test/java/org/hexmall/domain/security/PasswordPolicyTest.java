package org.hexmall.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.hexmall.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void eightCharacters_isLongEnough() {
        PlainPassword password = new PlainPassword("tea-4two");

        assertThat(PasswordPolicy.requireAcceptable(password)).isEqualTo(password);
    }

    @Test
    void sevenCharacters_isRefusedAsTooShortQuotingTheMinimum() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> PasswordPolicy.requireAcceptable(new PlainPassword("tea-4tw")))
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("password.too-short");
                    assertThat(refusal.arguments()).containsExactly(8);
                });
    }

    @Test
    void anEmptyPassword_isRefusedAsMissing() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> PasswordPolicy.requireAcceptable(new PlainPassword("")))
                .extracting(DomainException::code).isEqualTo("password.required");
    }

    @Test
    void aHundredAndTwentyEightCharacters_isTheLongestAccepted() {
        PlainPassword password = new PlainPassword("x".repeat(128));

        assertThat(PasswordPolicy.requireAcceptable(password)).isEqualTo(password);
    }

    @Test
    void aHundredAndTwentyNineCharacters_isRefusedAsTooLongQuotingTheMaximum() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> PasswordPolicy.requireAcceptable(new PlainPassword("x".repeat(129))))
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("password.too-long");
                    assertThat(refusal.arguments()).containsExactly(128);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"password123", "PassWord123", "QWERTY123", "woaini1314", "12345678"})
    void aPasswordFromTheCommonList_isRefusedWhateverItsCase(String common) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> PasswordPolicy.requireAcceptable(new PlainPassword(common)))
                .extracting(DomainException::code).isEqualTo("password.too-common");
    }

    @Test
    void eightChineseCharacters_isLongEnough() {
        PlainPassword password = new PlainPassword("我的京东密码安全");

        assertThat(PasswordPolicy.requireAcceptable(password)).isEqualTo(password);
    }

    @Test
    void sevenChineseCharacters_isTooShortThoughTheyTakeTwentyOneBytes() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> PasswordPolicy.requireAcceptable(new PlainPassword("我的京东密码好")))
                .extracting(DomainException::code).isEqualTo("password.too-short");
    }

    @Test
    void fourEmoji_isTooShortThoughTheyTakeEightUtf16Units() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> PasswordPolicy.requireAcceptable(new PlainPassword("🐼🐉🧧🏮")))
                .extracting(DomainException::code).isEqualTo("password.too-short");
    }
}
