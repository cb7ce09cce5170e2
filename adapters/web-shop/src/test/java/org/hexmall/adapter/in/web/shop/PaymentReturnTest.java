package org.hexmall.adapter.in.web.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/** The way to the wallet app and back: the return address hexmall gives, and what comes back on it. */
class PaymentReturnTest {

    @Test
    void theReturnAddressIsThisSiteAsTheBrowserUsedItAndNamesTheWallet() {
        assertThat(PaymentController.returnUrl("http", "localhost:7070", WalletProvider.WECHAT_PAY))
                .isEqualTo(URI.create("http://localhost:7070/payments/return?provider=WECHAT_PAY"));
        assertThat(PaymentController.returnUrl("https", "shop.example.cn", WalletProvider.ALIPAY))
                .isEqualTo(URI.create("https://shop.example.cn/payments/return?provider=ALIPAY"));
        assertThat(PaymentController.returnUrl("http", "[::1]:7070", WalletProvider.JD_PAY))
                .isEqualTo(URI.create("http://[::1]:7070/payments/return?provider=JD_PAY"));
    }

    @Test
    void aHostThatIsNoHostGivesThePathAlone() {
        for (String host : new String[] {null, "", "evil.example/x?", "a b", "user@evil.example", "host:port"}) {
            assertThat(PaymentController.returnUrl("http", host, WalletProvider.ALIPAY))
                    .isEqualTo(URI.create("/payments/return?provider=ALIPAY"));
        }
        assertThat(PaymentController.returnUrl("javascript", "localhost", WalletProvider.ALIPAY))
                .isEqualTo(URI.create("/payments/return?provider=ALIPAY"));
    }

    @Test
    void theWalletNamedInTheAddressAndItsSignedParametersComeBack() {
        Optional<PaymentReturnQuery> query = PaymentReturnQuery.read(Map.of(
                "provider", List.of("ALIPAY"), "payment", List.of("p-1"), "sign", List.of("abc")));

        assertThat(query).hasValueSatisfying(read -> {
            assertThat(read.provider()).isEqualTo(WalletProvider.ALIPAY);
            assertThat(read.parameters()).containsOnly(Map.entry("provider", "ALIPAY"), Map.entry("payment", "p-1"),
                    Map.entry("sign", "abc"));
        });
    }

    @Test
    void whenTheWalletNamesItselfTooItsOwnNameIsTheOneItSigned() {
        Optional<PaymentReturnQuery> query = PaymentReturnQuery.read(Map.of(
                "provider", List.of("WECHAT_PAY", "wechat-pay"), "sign", List.of("abc")));

        assertThat(query).hasValueSatisfying(read -> {
            assertThat(read.provider()).isEqualTo(WalletProvider.WECHAT_PAY);
            assertThat(read.parameters()).containsEntry("provider", "wechat-pay");
        });
    }

    @Test
    void noWalletOrWalletsThatDisagreeAreNothingToTrust() {
        assertThat(PaymentReturnQuery.read(Map.of("sign", List.of("abc")))).isEmpty();
        assertThat(PaymentReturnQuery.read(Map.of("provider", List.of("VENMO")))).isEmpty();
        assertThat(PaymentReturnQuery.read(Map.of("provider", List.of("ALIPAY", "jd-pay")))).isEmpty();
    }

    @Test
    void aParameterSentTwiceIsLeftOutSoTheSignatureCheckRefusesIt() {
        Optional<PaymentReturnQuery> query = PaymentReturnQuery.read(Map.of(
                "provider", List.of("ALIPAY"), "amount", List.of("1", "100000")));

        assertThat(query).hasValueSatisfying(read -> assertThat(read.parameters()).doesNotContainKey("amount"));
    }

    @Test
    void theOneTimeKeyIsTheUuidThePageSent() {
        assertThat(PaymentController.oneTimeKey("7f1d8a44-4c47-4b7e-9a51-2b1f7f6f8c11"))
                .contains("7f1d8a44-4c47-4b7e-9a51-2b1f7f6f8c11");
        assertThat(PaymentController.oneTimeKey(null)).isEmpty();
        assertThat(PaymentController.oneTimeKey("")).isEmpty();
        assertThat(PaymentController.oneTimeKey("x".repeat(300))).isEmpty();
    }

    @Test
    void onlyAWebAddressOrAPathHereLeadsToTheWalletApp() {
        assertThat(PaymentController.walletLink(Optional.of("/mock-wallet/alipay/pay/123")))
                .contains("/mock-wallet/alipay/pay/123");
        assertThat(PaymentController.walletLink(Optional.of("https://wallet.example/pay?id=1")))
                .contains("https://wallet.example/pay?id=1");
        assertThat(PaymentController.walletLink(Optional.of("javascript:alert(1)"))).isEmpty();
        assertThat(PaymentController.walletLink(Optional.of("//evil.example/"))).isEmpty();
        assertThat(PaymentController.walletLink(Optional.empty())).isEmpty();
    }
}
