package org.hexmall.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.UNIONPAY_QUICKPASS;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import org.hexmall.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WalletAccountIdentifierTest {

    // Quiet normalisation: what can only mean one thing.

    @Test
    void aMainlandMobileNumber_isReadAsAPhoneNumber() {
        WalletAccountIdentifier account = WalletAccountIdentifier.parse(ALIPAY, "13800000001");

        assertThat(account.kind()).isEqualTo(IdentifierKind.PHONE);
        assertThat(account.value()).isEqualTo("13800000001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"  13800000001  ", "\t13800000001\t", "\u300013800000001\u3000", " \u3000\t13800000001\n"})
    void spacesAndTabsAroundTheValue_includingTheIdeographicSpace_areIgnored(String typed) {
        assertThat(WalletAccountIdentifier.parse(ALIPAY, typed).value()).isEqualTo("13800000001");
    }

    @Test
    void fullWidthDigitsTypedWithAChineseInputMethod_becomeAsciiDigits() {
        assertThat(WalletAccountIdentifier.parse(ALIPAY, "１３８０００００００１").value()).isEqualTo("13800000001");
    }

    @Test
    void aFullWidthEmailTypedWithAChineseInputMethod_becomesAnAsciiEmail() {
        WalletAccountIdentifier account = WalletAccountIdentifier.parse(ALIPAY, "ｌｉ．ｌｅｉ＠ｅｘａｍｐｌｅ．ｃｏｍ");

        assertThat(account.kind()).isEqualTo(IdentifierKind.EMAIL);
        assertThat(account.value()).isEqualTo("li.lei@example.com");
    }

    @Test
    void aFullWidthAccountIdTypedWithAChineseInputMethod_becomesAnAsciiAccountId() {
        WalletAccountIdentifier account = WalletAccountIdentifier.parse(WECHAT_PAY, "ＬｉＬｅｉ＿２０２５");

        assertThat(account.kind()).isEqualTo(IdentifierKind.ACCOUNT_ID);
        assertThat(account.value()).isEqualTo("lilei_2025");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+8613800000001", "＋８６１３８０００００００１"})
    void theCountryCodeOfMainlandChina_isDropped(String typed) {
        assertThat(WalletAccountIdentifier.parse(ALIPAY, typed).value()).isEqualTo("13800000001");
    }

    @Test
    void anEmailInCapitals_isTheSameAccountInSmallLetters() {
        assertThat(WalletAccountIdentifier.parse(ALIPAY, "Li.Lei@Example.COM"))
                .isEqualTo(WalletAccountIdentifier.parse(ALIPAY, "li.lei@example.com"));
    }

    @Test
    void anAccountIdInCapitals_isTheSameAccountInSmallLetters() {
        assertThat(WalletAccountIdentifier.parse(WECHAT_PAY, "WXID_LiLei"))
                .isEqualTo(WalletAccountIdentifier.parse(WECHAT_PAY, "wxid_lilei"));
    }

    // Refusals: what could hide a typing mistake, with the exact place of the problem.

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t", "\u3000\u3000"})
    void nothingButSpacesTyped_isRefusedAsMissing(String typed) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> WalletAccountIdentifier.parse(ALIPAY, typed))
                .extracting(DomainException::code).isEqualTo("wallet.identifier.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"138 00000001", "138\u300000000001", "138\t00000001"})
    void oneExtraSpaceInsideTheNumber_isRefusedNamingItsPosition(String typed) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> WalletAccountIdentifier.parse(ALIPAY, typed))
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("wallet.identifier.space-inside");
                    assertThat(refusal.arguments()).containsExactly(4);
                });
    }

    @Test
    void aSpaceInsideAnEmail_isRefusedNamingItsPosition() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> WalletAccountIdentifier.parse(ALIPAY, "li lei@example.com"))
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("wallet.identifier.space-inside");
                    assertThat(refusal.arguments()).containsExactly(3);
                });
    }

    @ParameterizedTest
    @CsvSource({
            "138-0000-0001,  -, 4",
            "138O0000001,    O, 4",
            "1380000000x,    x, 11",
            "+86138x0000001, x, 7",
            "+85213800000001, +, 1"})
    void aCharacterThatIsNoDigit_isRefusedNamingTheCharacterAndItsPosition(String typed, String character,
                                                                           int position) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> WalletAccountIdentifier.parse(ALIPAY, typed))
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("wallet.identifier.invalid-character");
                    assertThat(refusal.arguments()).containsExactly(character, position);
                });
    }

    @ParameterizedTest
    @CsvSource({
            "1380000000,     10",
            "138000000012,   12",
            "+861380000000,  10",
            "138,             3"})
    void aNumberWithoutElevenDigits_isRefusedSayingHowManyWereTyped(String typed, int digits) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> WalletAccountIdentifier.parse(ALIPAY, typed))
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("wallet.identifier.phone-length");
                    assertThat(refusal.arguments()).containsExactly(digits);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800000001", "10800000001", "23800000001"})
    void elevenDigitsThatAreNoMainlandMobileNumber_areRefused(String typed) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> WalletAccountIdentifier.parse(ALIPAY, typed))
                .extracting(DomainException::code).isEqualTo("wallet.identifier.phone-format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"li.lei@", "@example.com", "li.lei@example", "li@lei@example.com", "li#lei@example.com"})
    void anEmailThatIsNotAnAddress_isRefused(String typed) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> WalletAccountIdentifier.parse(ALIPAY, typed))
                .extracting(DomainException::code).isEqualTo("wallet.identifier.email-format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "li.lei", "_lilei", "a23456789012345678901"})
    void anAccountIdOfTheWrongShape_isRefused(String typed) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> WalletAccountIdentifier.parse(WECHAT_PAY, typed))
                .extracting(DomainException::code).isEqualTo("wallet.identifier.account-id-format");
    }

    @Test
    void anAccountIdOfFourToTwentyCharacters_isAccepted() {
        assertThat(WalletAccountIdentifier.parse(WECHAT_PAY, "abcd").value()).isEqualTo("abcd");
        assertThat(WalletAccountIdentifier.parse(WECHAT_PAY, "a2345678901234567890").value())
                .isEqualTo("a2345678901234567890");
    }

    @ParameterizedTest
    @CsvSource({
            "UNIONPAY_QUICKPASS, li.lei@example.com",
            "WECHAT_PAY,         li.lei@example.com",
            "ALIPAY,             wxid_lilei",
            "PAYPAL,             13800000001"})
    void anIdentifierOfAKindTheWalletDoesNotBindBy_isRefused(WalletProvider provider, String typed) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> WalletAccountIdentifier.parse(provider, typed))
                .extracting(DomainException::code).isEqualTo("wallet.identifier.kind-not-accepted");
    }

    @Test
    void aStoredValueOfTheWrongShape_isRefused() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> new WalletAccountIdentifier(IdentifierKind.PHONE, "138 00000001"))
                .extracting(DomainException::code).isEqualTo("wallet.identifier.format");
    }

    // Display: enough to recognise, not to reuse.

    @Test
    void aMaskedPhoneNumber_showsTheFirstThreeAndLastFourDigits() {
        assertThat(WalletAccountIdentifier.parse(UNIONPAY_QUICKPASS, "13800000001").masked()).isEqualTo("138****0001");
    }

    @Test
    void aMaskedEmail_showsTheFirstLetterAndTheDomain() {
        assertThat(WalletAccountIdentifier.parse(ALIPAY, "li.lei@example.com").masked()).isEqualTo("l***@example.com");
    }

    @Test
    void aMaskedAccountId_showsTheFirstTwoAndTheLastCharacter() {
        assertThat(WalletAccountIdentifier.parse(WECHAT_PAY, "wxid_lilei2025").masked()).isEqualTo("wx***5");
    }

    @Test
    void aShortAccountId_showsOnlyItsFirstAndLastCharacter() {
        assertThat(WalletAccountIdentifier.parse(WECHAT_PAY, "abcd").masked()).isEqualTo("a***d");
    }

    @Test
    void theSpaceAfterTheCountryCode_isHowNumbersAreWrittenNotAMistake() {
        assertThat(WalletAccountIdentifier.parse(ALIPAY, "+86 13800000001").value()).isEqualTo("13800000001");
    }

    @ParameterizedTest
    @CsvSource({
            "ALIPAY,     13800000001",
            "ALIPAY,     li.lei@example.com",
            "WECHAT_PAY, wxid_lilei2025"})
    void theTextOfAnIdentifier_neverContainsTheWholeIdentifier(WalletProvider provider, String typed) {
        WalletAccountIdentifier account = WalletAccountIdentifier.parse(provider, typed);

        assertThat(account.toString()).doesNotContain(account.value()).contains(account.masked());
    }
}
