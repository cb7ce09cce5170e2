package org.hexmall.adapter.out.wallet.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.GATEWAY_TIMEOUT;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.HAN_MEIMEI_PHONE;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.LI_LEI_PHONE;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.RETURN_URL;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.SECRETS;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.hexmall.application.port.out.wallet.AuthorizationRequest;
import org.hexmall.application.port.out.wallet.AuthorizationStart;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.application.port.out.wallet.WalletProviderGatewayContract;
import org.hexmall.application.port.out.wallet.WalletSandbox;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.account.AccountRecords;
import org.hexmall.simulator.wallet.agreement.AgreementRecords;
import org.hexmall.simulator.wallet.api.AuthorizationAnswer;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.fault.FaultRecords;
import org.hexmall.simulator.wallet.notification.NotificationLog;
import org.hexmall.simulator.wallet.notification.PendingNotifications;
import org.hexmall.simulator.wallet.payment.PaymentRecords;
import org.hexmall.simulator.wallet.storage.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway to the simulated providers keeps every promise of the wallet port, and gets from each fault the
 * simulator can inject what a real provider's trouble would give it. Binding an account, here; payments in
 * {@link StartingAPaymentTest} and {@link LookingUpClosingAndRefundingTest}.
 */
class SimulatedWalletGatewayTest extends WalletProviderGatewayContract {

    private final WalletSimulator simulator = TestProviders.simulator();
    private final SimulatedWalletGateway gateway = TestProviders.gatewayTo(simulator);
    private final SimulatorSandbox sandbox = new SimulatorSandbox(simulator);

    SimulatedWalletGatewayTest() {
        simulator.accounts().open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, "135790");
        simulator.accounts().open(WalletProvider.ALIPAY, HAN_MEIMEI_PHONE, "韩梅梅", 10_000, "246800");
    }

    @Override
    protected WalletProviderGateway gateway() {
        return gateway;
    }

    @Override
    protected WalletSandbox sandbox() {
        return sandbox;
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

        assertThat(simulator.agreements().requestOnPage(WalletProvider.ALIPAY,
                TestProviders.lastSegmentOf(redirect.url())))
                .hasValueSatisfying(request -> {
                    assertThat(request.account()).isEqualTo(LI_LEI_PHONE);
                    assertThat(request.merchantState()).isEqualTo("binding-1");
                    assertThat(request.returnUrl()).isEqualTo(RETURN_URL);
                    assertThat(request.isPending()).isTrue();
                });
    }

    @Test
    void anAccountAtOneProviderIsNotFoundAtAnother() {
        AuthorizationStart answer = gateway.startAuthorization(
                new AuthorizationRequest(WalletProvider.WECHAT_PAY, LI_LEI_PHONE, "binding-1", RETURN_URL));

        assertThat(answer).isInstanceOf(AuthorizationStart.AccountNotFound.class);
    }

    @Test
    void aProviderThatIsDownSaysSo() {
        simulator.faults().inject(WalletProvider.ALIPAY, Fault.PROVIDER_DOWN);

        assertThat(gateway.startAuthorization(bindAtAlipay(LI_LEI_PHONE)))
                .isEqualTo(new AuthorizationStart.ProviderUnavailable("ALIPAY answered: service unavailable"));
    }

    @Test
    void aProviderThatNeverAnswersIsUnavailableOnceTheGatewayStopsWaiting() {
        simulator.faults().inject(WalletProvider.ALIPAY, Fault.TIMEOUT);

        long started = System.nanoTime();
        AuthorizationStart answer = gateway.startAuthorization(bindAtAlipay(LI_LEI_PHONE));

        assertThat(answer).isEqualTo(new AuthorizationStart.ProviderUnavailable("ALIPAY did not answer within 200 ms"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(GATEWAY_TIMEOUT);
    }

    @Test
    void aSlowProviderAnswersLateButInTime() {
        simulator.faults().inject(WalletProvider.ALIPAY, Fault.SLOW);

        long asked = System.nanoTime();
        CompletableFuture<AuthorizationAnswer> direct = simulator.providerApi()
                .requestAuthorization(WalletProvider.ALIPAY, LI_LEI_PHONE, "binding-0", RETURN_URL);
        direct.join();
        // How late, not whether it is done at one instant: a test thread held up for longer than the delay would see
        // the late answer already there.
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("answered late, not at once")
                .isGreaterThanOrEqualTo(TestProviders.FAST.slowAnswer());

        assertThat(gateway.startAuthorization(bindAtAlipay(LI_LEI_PHONE)))
                .isInstanceOf(AuthorizationStart.RedirectCustomer.class);
    }

    @Test
    void anAccountTheProviderPretendsNotToKnowIsNotFound() {
        simulator.faults().inject(WalletProvider.ALIPAY, LI_LEI_PHONE, Fault.ACCOUNT_NOT_FOUND);

        assertThat(gateway.startAuthorization(bindAtAlipay(LI_LEI_PHONE)))
                .isInstanceOf(AuthorizationStart.AccountNotFound.class);
    }

    @Test
    void aFaultOfOneAccountLeavesTheProvidersOtherAccountsAlone() {
        simulator.faults().inject(WalletProvider.ALIPAY, LI_LEI_PHONE, Fault.PROVIDER_DOWN);

        assertThat(gateway.startAuthorization(bindAtAlipay(HAN_MEIMEI_PHONE)))
                .isInstanceOf(AuthorizationStart.RedirectCustomer.class);
    }

    @Test
    void anAccountsOwnFaultOverridesItsProviders() {
        simulator.faults().inject(WalletProvider.ALIPAY, Fault.PROVIDER_DOWN);
        simulator.faults().inject(WalletProvider.ALIPAY, LI_LEI_PHONE, Fault.ACCOUNT_NOT_FOUND);

        assertThat(gateway.startAuthorization(bindAtAlipay(LI_LEI_PHONE)))
                .isInstanceOf(AuthorizationStart.AccountNotFound.class);
    }

    @Test
    void clearingTheFaultsMakesTheProviderAnswerAgain() {
        simulator.faults().inject(WalletProvider.ALIPAY, Fault.PROVIDER_DOWN);
        simulator.faults().inject(WalletProvider.ALIPAY, LI_LEI_PHONE, Fault.TIMEOUT);

        simulator.faults().clear();

        assertThat(gateway.startAuthorization(bindAtAlipay(LI_LEI_PHONE)))
                .isInstanceOf(AuthorizationStart.RedirectCustomer.class);
    }

    @Test
    void aProviderFailingInsideIsUnavailableRatherThanAnErrorInTheStore() {
        try (var failing = new WalletSimulator(brokenStore(), SECRETS, TestProviders.CLOCK, TestProviders.FAST)) {
            var failingGateway = TestProviders.gatewayTo(failing);

            assertThat(failingGateway.startAuthorization(bindAtAlipay(LI_LEI_PHONE)))
                    .isEqualTo(new AuthorizationStart.ProviderUnavailable("ALIPAY failed: IllegalStateException"));
        }
    }

    /** The simulated providers' storage, down: every look at it fails. */
    static SimulatorStore brokenStore() {
        return new SimulatorStore(broken(AccountRecords.class), broken(AgreementRecords.class),
                broken(PaymentRecords.class), broken(FaultRecords.class), broken(NotificationLog.class),
                broken(PendingNotifications.class));
    }

    private static <T> T broken(Class<T> records) {
        return records.cast(Proxy.newProxyInstance(SimulatedWalletGatewayTest.class.getClassLoader(),
                new Class<?>[] {records}, (proxy, method, arguments) -> {
                    throw new IllegalStateException("the provider's database is down");
                }));
    }

    private static AuthorizationRequest bindAtAlipay(WalletAccountIdentifier account) {
        return new AuthorizationRequest(WalletProvider.ALIPAY, account, "binding-1", RETURN_URL);
    }
}
