package org.hexmall.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WalletProviderTest {

    @Test
    void theStoreBindsWeChatPayAlipayJdPayAndUnionPayQuickPass() {
        assertThat(WalletProvider.supportedProviders()).containsExactly(
                WalletProvider.WECHAT_PAY, WalletProvider.ALIPAY, WalletProvider.JD_PAY,
                WalletProvider.UNIONPAY_QUICKPASS);
    }

    @ParameterizedTest
    @EnumSource(names = {"PAYPAL", "APPLE_PAY"})
    void aWalletTheStoreKnowsButDoesNotBind_isUnsupportedAndBindsByNothing(WalletProvider known) {
        assertThat(known.isSupported()).isFalse();
        assertThat(known.acceptedIdentifiers()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(names = {"WECHAT_PAY", "ALIPAY", "JD_PAY", "UNIONPAY_QUICKPASS"})
    void everySupportedWallet_bindsByPhoneNumber(WalletProvider supported) {
        assertThat(supported.acceptedIdentifiers()).contains(IdentifierKind.PHONE);
    }

    @Test
    void alipay_alsoBindsByEmailButNotByAccountId() {
        assertThat(WalletProvider.ALIPAY.acceptedIdentifiers())
                .containsExactlyInAnyOrder(IdentifierKind.PHONE, IdentifierKind.EMAIL);
    }

    @ParameterizedTest
    @EnumSource(names = {"WECHAT_PAY", "JD_PAY"})
    void weChatPayAndJdPay_alsoBindByAccountIdButNotByEmail(WalletProvider provider) {
        assertThat(provider.acceptedIdentifiers())
                .containsExactlyInAnyOrder(IdentifierKind.PHONE, IdentifierKind.ACCOUNT_ID);
    }

    @Test
    void unionPayQuickPass_bindsByPhoneNumberOnly() {
        assertThat(WalletProvider.UNIONPAY_QUICKPASS.acceptedIdentifiers()).containsExactly(IdentifierKind.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALIPAY", "alipay", "Alipay", " alipay "})
    void aNameFromAFormOrUrl_isReadWhateverItsCase(String name) {
        assertThat(WalletProvider.fromName(name)).contains(WalletProvider.ALIPAY);
    }

    @Test
    void aNameWithHyphens_isReadAsTheWalletItNames() {
        assertThat(WalletProvider.fromName("wechat-pay")).contains(WalletProvider.WECHAT_PAY);
        assertThat(WalletProvider.fromName("unionpay-quickpass")).contains(WalletProvider.UNIONPAY_QUICKPASS);
    }

    @Test
    void theNameOfAKnownButUnsupportedWallet_isReadSoTheStoreCanSaySo() {
        assertThat(WalletProvider.fromName("paypal")).contains(WalletProvider.PAYPAL);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "venmo", "wechat pay", "ali-pay-plus"})
    void aNameOfNoWalletTheStoreKnows_isNotRead(String name) {
        assertThat(WalletProvider.fromName(name)).isEmpty();
    }
}
