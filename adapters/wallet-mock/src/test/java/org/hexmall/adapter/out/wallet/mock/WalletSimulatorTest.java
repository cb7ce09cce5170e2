package org.hexmall.adapter.out.wallet.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.LI_LEI_PHONE;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.RETURN_URL;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.SECRETS;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The customer's side of a simulated provider: approving, rejecting and cancelling in the wallet app. The payment
 * password's own rules are in {@link ApprovingWithThePaymentPasswordTest}.
 */
class WalletSimulatorTest {

    private static final String PAYMENT_PASSWORD = "135790";

    private final WalletSimulator simulator = TestWallets.simulator();
    private final SimulatedWalletGateway store = new SimulatedWalletGateway(simulator, SECRETS,
            TestWallets.GATEWAY_TIMEOUT);

    WalletSimulatorTest() {
        simulator.openAccount(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, PAYMENT_PASSWORD);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void approvingSendsTheCustomerBackToTheStoreWithASignedApproval() {
        String requestId = requestBinding(RETURN_URL);

        URI back = ((Approval.Approved) simulator.approve(WalletProvider.ALIPAY, requestId, PAYMENT_PASSWORD))
                .backToStore();

        assertThat(back.toString()).startsWith(RETURN_URL + "?");
        assertThat(store.read(WalletProvider.ALIPAY, queryOf(back))).isInstanceOfSatisfying(
                ProviderMessage.AuthorizationApproved.class, approved -> {
                    assertThat(approved.state()).isEqualTo("binding-1");
                    assertThat(simulator.agreementsOf(WalletProvider.ALIPAY, LI_LEI_PHONE))
                            .singleElement()
                            .satisfies(agreement -> {
                                assertThat(agreement.token()).isEqualTo(approved.agreementToken());
                                assertThat(agreement.isActive()).isTrue();
                            });
                });
    }

    @Test
    void rejectingSendsTheCustomerBackWithASignedRejectionAndGrantsNothing() {
        String requestId = requestBinding(RETURN_URL);

        URI back = simulator.reject(WalletProvider.ALIPAY, requestId).orElseThrow();

        assertThat(store.read(WalletProvider.ALIPAY, queryOf(back)))
                .isInstanceOf(ProviderMessage.AuthorizationRejected.class);
        assertThat(simulator.agreementsOf(WalletProvider.ALIPAY, LI_LEI_PHONE)).isEmpty();
    }

    @Test
    void aRequestIsAnsweredOnlyOnce() {
        String requestId = requestBinding(RETURN_URL);
        simulator.approve(WalletProvider.ALIPAY, requestId, PAYMENT_PASSWORD);

        assertThat(simulator.approve(WalletProvider.ALIPAY, requestId, PAYMENT_PASSWORD))
                .isInstanceOf(Approval.NotFound.class);
        assertThat(simulator.reject(WalletProvider.ALIPAY, requestId)).isEmpty();
        assertThat(simulator.agreementsOf(WalletProvider.ALIPAY, LI_LEI_PHONE)).hasSize(1);
    }

    @Test
    void aRequestCannotBeAnsweredThroughAnotherProvidersApp() {
        String requestId = requestBinding(RETURN_URL);

        assertThat(simulator.approve(WalletProvider.WECHAT_PAY, requestId, PAYMENT_PASSWORD))
                .isInstanceOf(Approval.NotFound.class);
        assertThat(simulator.authorizationRequest(WalletProvider.ALIPAY, requestId)).hasValueSatisfying(
                request -> assertThat(request.isPending()).isTrue());
    }

    @Test
    void theStoresOwnQueryParametersInTheReturnUrlAreKept() {
        String requestId = requestBinding(URI.create("/account/wallet-return?from=checkout"));

        URI back = simulator.reject(WalletProvider.ALIPAY, requestId).orElseThrow();

        assertThat(back.toString()).startsWith("/account/wallet-return?from=checkout&");
    }

    @Test
    void cancellingInTheAppEndsTheAgreementOnce() {
        String requestId = requestBinding(RETURN_URL);
        simulator.approve(WalletProvider.ALIPAY, requestId, PAYMENT_PASSWORD);
        String token = simulator.agreementsOf(WalletProvider.ALIPAY, LI_LEI_PHONE).getFirst().token();

        assertThat(simulator.cancelAgreementInApp(WalletProvider.ALIPAY, token)).isTrue();
        assertThat(simulator.cancelAgreementInApp(WalletProvider.ALIPAY, token)).isFalse();
        assertThat(simulator.agreementsOf(WalletProvider.ALIPAY, LI_LEI_PHONE).getFirst().isActive()).isFalse();
    }

    @Test
    void openingAnAccountThatExistsLeavesItAsItWas() {
        simulator.openAccount(WalletProvider.ALIPAY, LI_LEI_PHONE, "Somebody Else", 1, "000000");

        WalletAccount account = simulator.account(WalletProvider.ALIPAY, LI_LEI_PHONE).orElseThrow();
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
        assertThat(WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "欧阳娜娜", 0, "1").maskedHolderName())
                .isEqualTo("***娜");
    }

    private String requestBinding(URI returnUrl) {
        var page = (ProviderAnswer.AuthorizationPage) simulator
                .requestAuthorization(WalletProvider.ALIPAY, LI_LEI_PHONE, "binding-1", returnUrl).join();
        String path = page.url().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The parameters as the store's return handler reads them from the URL. */
    static Map<String, String> queryOf(URI url) {
        return Arrays.stream(url.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> decode(pair[1])));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
