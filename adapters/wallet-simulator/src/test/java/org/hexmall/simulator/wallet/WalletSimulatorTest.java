package org.hexmall.simulator.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.simulator.wallet.TestWallets.LI_LEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.RETURN_URL;
import static org.hexmall.simulator.wallet.TestWallets.signedQueryOf;

import java.net.URI;
import java.util.Map;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.account.WalletAccount;
import org.hexmall.simulator.wallet.agreement.Approval;
import org.hexmall.simulator.wallet.api.AuthorizationAnswer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The customer's side of a simulated provider: approving, rejecting and cancelling in the wallet app. The payment
 * password's own rules are in {@link ApprovingWithThePaymentPasswordTest}.
 */
class WalletSimulatorTest {

    private static final String PAYMENT_PASSWORD = "135790";

    private final WalletSimulator simulator = TestWallets.simulator();

    WalletSimulatorTest() {
        simulator.accounts().open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, PAYMENT_PASSWORD);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void approvingSendsTheCustomerBackToTheStoreWithASignedApproval() {
        String requestId = requestBinding(RETURN_URL);

        URI back = ((Approval.Approved) simulator.agreements().approve(WalletProvider.ALIPAY, requestId,
                PAYMENT_PASSWORD))
                .backToStore();

        assertThat(back.toString()).startsWith(RETURN_URL + "?");
        Map<String, String> approved = signedQueryOf(WalletProvider.ALIPAY, back);
        assertThat(approved).containsEntry("type", "authorization_approved").containsEntry("provider", "alipay")
                .containsEntry("state", "binding-1").containsKeys("nonce", "timestamp");
        assertThat(simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE)).singleElement()
                .satisfies(agreement -> {
            assertThat(agreement.token()).isEqualTo(approved.get("agreement_token"));
            assertThat(agreement.isActive()).isTrue();
        });
    }

    @Test
    void rejectingSendsTheCustomerBackWithASignedRejectionAndGrantsNothing() {
        String requestId = requestBinding(RETURN_URL);

        URI back = simulator.agreements().reject(WalletProvider.ALIPAY, requestId).orElseThrow();

        assertThat(signedQueryOf(WalletProvider.ALIPAY, back)).containsEntry("type", "authorization_rejected")
                .containsEntry("state", "binding-1").doesNotContainKey("agreement_token");
        assertThat(simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE)).isEmpty();
    }

    @Test
    void aRequestIsAnsweredOnlyOnce() {
        String requestId = requestBinding(RETURN_URL);
        simulator.agreements().approve(WalletProvider.ALIPAY, requestId, PAYMENT_PASSWORD);

        assertThat(simulator.agreements().approve(WalletProvider.ALIPAY, requestId, PAYMENT_PASSWORD))
                .isInstanceOf(Approval.NotFound.class);
        assertThat(simulator.agreements().reject(WalletProvider.ALIPAY, requestId)).isEmpty();
        assertThat(simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE)).hasSize(1);
    }

    @Test
    void aRequestCannotBeAnsweredThroughAnotherProvidersApp() {
        String requestId = requestBinding(RETURN_URL);

        assertThat(simulator.agreements().approve(WalletProvider.WECHAT_PAY, requestId, PAYMENT_PASSWORD))
                .isInstanceOf(Approval.NotFound.class);
        assertThat(simulator.agreements().requestOnPage(WalletProvider.ALIPAY, requestId)).hasValueSatisfying(
                request -> assertThat(request.isPending()).isTrue());
    }

    @Test
    void theStoresOwnQueryParametersInTheReturnUrlAreKept() {
        String requestId = requestBinding(URI.create("/account/wallet-return?from=checkout"));

        URI back = simulator.agreements().reject(WalletProvider.ALIPAY, requestId).orElseThrow();

        assertThat(back.toString()).startsWith("/account/wallet-return?from=checkout&");
    }

    @Test
    void cancellingInTheAppEndsTheAgreementOnce() {
        String requestId = requestBinding(RETURN_URL);
        simulator.agreements().approve(WalletProvider.ALIPAY, requestId, PAYMENT_PASSWORD);
        String token = simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE).getFirst().token();

        assertThat(simulator.agreements().cancelInApp(WalletProvider.ALIPAY, token)).isTrue();
        assertThat(simulator.agreements().cancelInApp(WalletProvider.ALIPAY, token)).isFalse();
        assertThat(simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE).getFirst().isActive()).isFalse();
    }

    @Test
    void theMerchantCancellingEndsTheAgreementOnce_withoutNotifyingTheMerchantOfItsOwnRequest() {
        String requestId = requestBinding(RETURN_URL);
        simulator.agreements().approve(WalletProvider.ALIPAY, requestId, PAYMENT_PASSWORD);
        String token = simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE).getFirst().token();

        assertThat(simulator.agreements().cancelForMerchant(WalletProvider.ALIPAY, token)).isTrue();
        assertThat(simulator.agreements().cancelForMerchant(WalletProvider.ALIPAY, token)).isFalse();
        assertThat(simulator.agreements().cancelInApp(WalletProvider.ALIPAY, token)).isFalse();
        assertThat(simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE).getFirst().isActive()).isFalse();
        assertThat(simulator.notifications().attempts()).isEmpty();
    }

    @Test
    void openingAnAccountThatExistsLeavesItAsItWas() {
        simulator.accounts().open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Somebody Else", 1, "000000");

        WalletAccount account = simulator.accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE).orElseThrow();
        assertThat(account.holderName()).isEqualTo("Li Lei");
        assertThat(account.balanceFen()).isEqualTo(888_800);
        assertThat(account.paymentPassword().matches("135790")).isTrue();
        assertThat(account.paymentPassword().matches("000000")).isFalse();
    }

    @Test
    void holderNamesAreMaskedAsWalletAppsShowThem() {
        assertThat(WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 0, "1").maskedHolderName())
                .isEqualTo("** Lei");
        assertThat(WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "李雷", 0, "1").maskedHolderName())
                .isEqualTo("*雷");
        assertThat(WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "韩梅梅", 0, "1").maskedHolderName())
                .isEqualTo("**梅");
        assertThat(WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "欧阳娜娜", 0, "1").maskedHolderName())
                .isEqualTo("***娜");
    }

    private String requestBinding(URI returnUrl) {
        var page = (AuthorizationAnswer.AuthorizationPage) simulator.providerApi()
                .requestAuthorization(WalletProvider.ALIPAY, LI_LEI_PHONE, "binding-1", returnUrl).join();
        return TestWallets.lastSegmentOf(page.url());
    }
}
