package org.hexmall.adapter.out.wallet.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.GATEWAY_TIMEOUT;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.HAN_MEIMEI_PHONE;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.LI_LEI_PHONE;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.RETURN_URL;
import static org.hexmall.adapter.out.wallet.mock.TestWallets.SECRETS;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.hexmall.application.port.out.wallet.AuthorizationRequest;
import org.hexmall.application.port.out.wallet.AuthorizationStart;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the store gets when it asks a simulated provider to bind an account, with and without faults. */
class SimulatedWalletGatewayTest {

    private final WalletSimulator simulator = TestWallets.simulator();
    private final SimulatedWalletGateway gateway = new SimulatedWalletGateway(simulator, SECRETS, GATEWAY_TIMEOUT);

    SimulatedWalletGatewayTest() {
        simulator.openAccount(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, "135790");
        simulator.openAccount(WalletProvider.ALIPAY, HAN_MEIMEI_PHONE, "韩梅梅", 10_000, "246800");
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void anExistingAccountSendsTheCustomerToTheWalletAppsApprovalPage() {
        AuthorizationStart answer = gateway.startAuthorization(bindAtAlipay(LI_LEI_PHONE));

        assertThat(answer).isInstanceOfSatisfying(AuthorizationStart.RedirectCustomer.class, redirect ->
                assertThat(redirect.url().getPath()).matches("/mock-wallet/alipay/authorize/[A-Za-z0-9_-]{32}"));
    }

    @Test
    void theProviderRemembersWhatTheStoreAskedFor() {
        var redirect = (AuthorizationStart.RedirectCustomer) gateway.startAuthorization(bindAtAlipay(LI_LEI_PHONE));
        String requestId = redirect.url().getPath().substring(redirect.url().getPath().lastIndexOf('/') + 1);

        assertThat(simulator.authorizationRequest(WalletProvider.ALIPAY, requestId)).hasValueSatisfying(request -> {
            assertThat(request.account()).isEqualTo(LI_LEI_PHONE);
            assertThat(request.merchantState()).isEqualTo("binding-1");
            assertThat(request.returnUrl()).isEqualTo(RETURN_URL);
            assertThat(request.isPending()).isTrue();
        });
    }

    @Test
    void anIdentifierWithNoAccountAtTheProviderIsNotFound() {
        AuthorizationStart answer = gateway.startAuthorization(bindAtAlipay(TestWallets.phone("13900000009")));

        assertThat(answer).isInstanceOf(AuthorizationStart.AccountNotFound.class);
    }

    @Test
    void anAccountAtOneProviderIsNotFoundAtAnother() {
        AuthorizationStart answer = gateway.startAuthorization(
                new AuthorizationRequest(WalletProvider.WECHAT_PAY, LI_LEI_PHONE, "binding-1", RETURN_URL));

        assertThat(answer).isInstanceOf(AuthorizationStart.AccountNotFound.class);
    }

    @Test
    void aProviderThatIsDownIsUnavailable() {
        simulator.injectFault(WalletProvider.ALIPAY, Fault.PROVIDER_DOWN);

        assertThat(gateway.startAuthorization(bindAtAlipay(LI_LEI_PHONE)))
                .isEqualTo(new AuthorizationStart.ProviderUnavailable("ALIPAY answered: service unavailable"));
    }

    @Test
    void aProviderThatNeverAnswersIsUnavailableOnceTheGatewayStopsWaiting() {
        simulator.injectFault(WalletProvider.ALIPAY, Fault.TIMEOUT);

        long started = System.nanoTime();
        AuthorizationStart answer = gateway.startAuthorization(bindAtAlipay(LI_LEI_PHONE));

        assertThat(answer).isEqualTo(new AuthorizationStart.ProviderUnavailable("ALIPAY did not answer within 200 ms"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(GATEWAY_TIMEOUT);
    }

    @Test
    void aSlowProviderAnswersLateButInTime() {
        simulator.injectFault(WalletProvider.ALIPAY, Fault.SLOW);

        CompletableFuture<ProviderAnswer> direct =
                simulator.requestAuthorization(WalletProvider.ALIPAY, LI_LEI_PHONE, "binding-0", RETURN_URL);
        assertThat(direct).as("not answered at once").isNotDone();

        assertThat(gateway.startAuthorization(bindAtAlipay(LI_LEI_PHONE)))
                .isInstanceOf(AuthorizationStart.RedirectCustomer.class);
    }

    @Test
    void anAccountTheProviderPretendsNotToKnowIsNotFound() {
        simulator.injectFault(WalletProvider.ALIPAY, LI_LEI_PHONE, Fault.ACCOUNT_NOT_FOUND);

        assertThat(gateway.startAuthorization(bindAtAlipay(LI_LEI_PHONE)))
                .isInstanceOf(AuthorizationStart.AccountNotFound.class);
    }

    @Test
    void aFaultOfOneAccountLeavesTheProvidersOtherAccountsAlone() {
        simulator.injectFault(WalletProvider.ALIPAY, LI_LEI_PHONE, Fault.PROVIDER_DOWN);

        assertThat(gateway.startAuthorization(bindAtAlipay(HAN_MEIMEI_PHONE)))
                .isInstanceOf(AuthorizationStart.RedirectCustomer.class);
    }

    @Test
    void anAccountsOwnFaultOverridesItsProviders() {
        simulator.injectFault(WalletProvider.ALIPAY, Fault.PROVIDER_DOWN);
        simulator.injectFault(WalletProvider.ALIPAY, LI_LEI_PHONE, Fault.ACCOUNT_NOT_FOUND);

        assertThat(gateway.startAuthorization(bindAtAlipay(LI_LEI_PHONE)))
                .isInstanceOf(AuthorizationStart.AccountNotFound.class);
    }

    @Test
    void clearingTheFaultsMakesTheProviderAnswerAgain() {
        simulator.injectFault(WalletProvider.ALIPAY, Fault.PROVIDER_DOWN);
        simulator.injectFault(WalletProvider.ALIPAY, LI_LEI_PHONE, Fault.TIMEOUT);

        simulator.clearFaults();

        assertThat(gateway.startAuthorization(bindAtAlipay(LI_LEI_PHONE)))
                .isInstanceOf(AuthorizationStart.RedirectCustomer.class);
    }

    @Test
    void aProviderFailingInsideIsUnavailableRatherThanAnErrorInTheStore() {
        SimulatorStore broken = (SimulatorStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SimulatorStore.class}, (proxy, method, arguments) -> {
                    throw new IllegalStateException("the provider's database is down");
                });
        try (var failing = new WalletSimulator(broken, SECRETS, TestWallets.CLOCK, TestWallets.FAST)) {
            var failingGateway = new SimulatedWalletGateway(failing, SECRETS, GATEWAY_TIMEOUT);

            assertThat(failingGateway.startAuthorization(bindAtAlipay(LI_LEI_PHONE)))
                    .isEqualTo(new AuthorizationStart.ProviderUnavailable("ALIPAY failed: IllegalStateException"));
        }
    }

    private static AuthorizationRequest bindAtAlipay(WalletAccountIdentifier account) {
        return new AuthorizationRequest(WalletProvider.ALIPAY, account, "binding-1", RETURN_URL);
    }
}
