package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;
import static org.hexmall.acceptance.usecase.Shelf.CHARGER;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.account.CustomerLoginCommand;
import org.hexmall.application.port.in.risk.AlertQuery;
import org.hexmall.application.port.in.risk.AssessLoginRisk;
import org.hexmall.application.port.in.risk.ResolveAlertCommand;
import org.hexmall.application.port.in.risk.RiskAlertDetails;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion;
import org.hexmall.application.port.in.wallet.BindingStart;
import org.hexmall.domain.account.AccountStatus;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.AlertResolution;
import org.hexmall.domain.risk.AlertSeverity;
import org.hexmall.domain.risk.AttemptKind;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskDecision;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.wallet.BindingId;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The risk rules before payments, bindings and logins: what the customer is told, the alert customer service gets,
 * and how an agent resolves it.
 */
class RiskRulesTest {

    private static final String PHONE = "13800138000";
    private static final String PASSWORD = "tea-4two-pots";
    /** ¥3,000.00: far above a customer who buys tea. */
    private static final Product TEA_SET = new Product(new ProductId("HOME-0001"), "Porcelain tea set", "瓷茶具",
            Category.HOME, Money.ofYuan(3_000, 0));
    /** At most two payments and one binding in ten minutes, so that the tests reach the limits quickly. */
    private static final RiskSettings TIGHT = RiskSettings.defaults().withVelocity(2, 1, Duration.ofMinutes(10));

    @AutoClose
    private final InMemoryHexmall hexmall = InMemoryHexmall.withRiskRules(TIGHT);
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", PASSWORD);

    RiskRulesTest() {
        hexmall.stock(TEA, CHARGER, TEA_SET);
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        hexmall.walletAccountAt(WECHAT_PAY, "13800000001");
    }

    private RiskAlert onlyOpenAlert() {
        assertThat(hexmall.countOpenRiskAlerts.count()).isEqualTo(1);
        return hexmall.listRiskAlerts.list(AlertQuery.of(null, null, null, null)).items().getFirst();
    }

    @Test
    void aThirdPaymentInTenMinutes_isRefused_theOrderStaysPayable_andAgentsGetAnAlertSayingWhy() {
        hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
        hexmall.clock.advance(Duration.ofMinutes(11));
        hexmall.pay(customer, hexmall.orderOf(customer, TEA));
        hexmall.pay(customer, hexmall.orderOf(customer, CHARGER));
        OrderId third = hexmall.orderOf(customer, TEA);

        PayResult refused = hexmall.pay(customer, third);

        assertThat(refused).isInstanceOf(PayResult.RiskRefused.class);
        assertThat(hexmall.order(third).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        RiskAlert alert = onlyOpenAlert();
        assertThat(alert.customerId()).isEqualTo(customer);
        assertThat(alert.decision()).isEqualTo(RiskDecision.BLOCK);
        assertThat(alert.severity()).isEqualTo(AlertSeverity.HIGH);
        assertThat(alert.outcome()).isEqualTo(AlertOutcome.REFUSED);
        assertThat(alert.attempt().kind()).isEqualTo(AttemptKind.PAYMENT);
        assertThat(alert.attempt().amount()).contains(Money.ofYuan(29, 90));
        assertThat(alert.attempt().subject()).isEqualTo(hexmall.order(third).number().grouped());
        assertThat(alert.fired()).singleElement().satisfies(fired -> {
            assertThat(fired.rule()).isEqualTo(RiskRule.PAYMENT_VELOCITY);
            assertThat(fired.reason().arguments()).containsExactly("3", "10");
        });
        var latestEvent = hexmall.storage.securityEvents().newestFirst(customer, 1, 10).items().getFirst();
        assertThat(latestEvent.kind()).isEqualTo(SecurityEventKind.RISK_HOLD);
        assertThat(latestEvent.detail()).isEqualTo("¥29.90 " + hexmall.order(third).number().grouped());
    }

    @Test
    void onceTheWindowHasPassed_thePaymentIsStillHeld_untilTheHoldEnds() {
        hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
        hexmall.clock.advance(Duration.ofMinutes(11));
        hexmall.pay(customer, hexmall.orderOf(customer, TEA));
        hexmall.pay(customer, hexmall.orderOf(customer, CHARGER));
        OrderId third = hexmall.orderOf(customer, TEA);
        assertThat(hexmall.pay(customer, third)).isInstanceOf(PayResult.RiskRefused.class);

        hexmall.clock.advance(Duration.ofMinutes(11));
        assertThat(hexmall.pay(customer, third)).isInstanceOf(PayResult.RiskHeld.class);

        // A day later the order has long closed unpaid: the customer orders again.
        hexmall.clock.advance(TIGHT.holdPeriod());
        assertThat(hexmall.pay(customer, hexmall.orderOf(customer, TEA))).isInstanceOf(PayResult.GoToWallet.class);
    }

    @Test
    void withTheRulesOff_everyPaymentGoesAhead_andNoAlertIsRaised() {
        try (InMemoryHexmall rulesOff = InMemoryHexmall.withRiskRules(TIGHT.withEnabled(false))) {
            rulesOff.stock(TEA);
            rulesOff.walletAccountAt(ALIPAY, "13800000001");
            CustomerId hanMeimei = rulesOff.registeredCustomer(PHONE, null, "韩梅梅", PASSWORD);
            rulesOff.boundWallet(hanMeimei, PHONE, ALIPAY, "13800000001");
            for (int order = 0; order < 4; order++) {
                assertThat(rulesOff.pay(hanMeimei, rulesOff.orderOf(hanMeimei, TEA)))
                        .isInstanceOf(PayResult.GoToWallet.class);
            }
            assertThat(rulesOff.countOpenRiskAlerts.count()).isZero();
        }
    }

    @Test
    void aPaymentFarAboveTheCustomersUsual_asksForAFaceCheck_andTheAlertRecordsHowItEnded() {
        hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
        for (int order = 0; order < 2; order++) {
            hexmall.clock.advance(Duration.ofMinutes(11));
            hexmall.paid(customer, hexmall.orderOf(customer, TEA), ALIPAY);
        }
        hexmall.clock.advance(Duration.ofMinutes(11));

        PayResult result = hexmall.pay(customer, hexmall.orderOf(customer, TEA_SET));

        assertThat(result).isInstanceOfSatisfying(PayResult.VerificationRequired.class,
                verify -> assertThat(verify.factor()).isEqualTo(StepUpFactor.FACE));
        RiskAlert alert = onlyOpenAlert();
        assertThat(alert.decision()).isEqualTo(RiskDecision.STEP_UP);
        assertThat(alert.severity()).isEqualTo(AlertSeverity.MEDIUM);
        assertThat(alert.outcome()).isEqualTo(AlertOutcome.VERIFICATION_ASKED);
        assertThat(alert.fired()).singleElement().satisfies(fired -> {
            assertThat(fired.rule()).isEqualTo(RiskRule.AMOUNT_ABOVE_USUAL);
            assertThat(fired.reason().arguments()).containsExactly("¥3,000.00", "¥29.90", "3");
        });

        hexmall.recordRiskAlertOutcome.record(((PayResult.VerificationRequired) result).alert(),
                AlertOutcome.VERIFIED);

        assertThat(hexmall.viewRiskAlert.view(alert.id()).orElseThrow().alert().outcome())
                .isEqualTo(AlertOutcome.VERIFIED);
    }

    @Test
    void aLargePaymentMinutesAfterBinding_andFarAboveUsual_isRefused() {
        hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
        hexmall.clock.advance(Duration.ofMinutes(11));
        hexmall.paid(customer, hexmall.orderOf(customer, TEA), ALIPAY);
        hexmall.unbindWallet.unbind(customer, hexmall.viewPaymentMethods.view(customer).wallets().getFirst().id(),
                InMemoryHexmall.CLIENT_ADDRESS);
        hexmall.clock.advance(Duration.ofMinutes(11));
        hexmall.boundWallet(customer, PHONE, WECHAT_PAY, "13800000001");

        assertThat(hexmall.pay(customer, hexmall.orderOf(customer, TEA_SET))).isInstanceOf(PayResult.RiskRefused.class);
        assertThat(onlyOpenAlert().rules()).containsExactly(RiskRule.AMOUNT_ABOVE_USUAL, RiskRule.BIND_THEN_PAY);
    }

    @Test
    void aLargePaymentJustAfterAWalletWasBound_countsFromWhenItWasBound_notFromWhenTheBindingStarted() {
        hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
        hexmall.clock.advance(Duration.ofMinutes(11));
        hexmall.paid(customer, hexmall.orderOf(customer, TEA), ALIPAY);
        hexmall.unbindWallet.unbind(customer, hexmall.viewPaymentMethods.view(customer).wallets().getFirst().id(),
                InMemoryHexmall.CLIENT_ADDRESS);
        hexmall.clock.advance(Duration.ofMinutes(11));
        BindingId slow = hexmall.bindingAwaitingWalletApp(customer, PHONE,
                hexmall.startBinding(customer, WECHAT_PAY, "13800000001"));
        // The customer takes eleven minutes in the wallet app: started before the window, bound within it.
        hexmall.clock.advance(Duration.ofMinutes(11));
        assertThat(hexmall.approveAndComeBack(customer, WECHAT_PAY, slow))
                .isInstanceOf(AuthorizationCompletion.Bound.class);

        assertThat(hexmall.pay(customer, hexmall.orderOf(customer, TEA_SET))).isInstanceOf(PayResult.RiskRefused.class);
        assertThat(onlyOpenAlert().rules()).contains(RiskRule.BIND_THEN_PAY);
    }

    @Test
    void aSecondBindingInTenMinutes_isHeld() {
        hexmall.startBinding(customer, ALIPAY, "13800000001");

        BindingStart second = hexmall.startBinding(customer, WECHAT_PAY, "13800000001");

        assertThat(second).isEqualTo(new BindingStart.NotAllowed(BindingStart.RISK_HOLD));
        RiskAlert alert = onlyOpenAlert();
        assertThat(alert.rules()).containsExactly(RiskRule.BINDING_VELOCITY);
        assertThat(alert.attempt().kind()).isEqualTo(AttemptKind.BINDING);
        assertThat(alert.attempt().subject()).isEqualTo("WECHAT_PAY 138****0001");
    }

    @Test
    void aBindingTheCustomerDeclinedInTheWalletApp_bindsNothing_andStartingAgainIsNotTooManyBindings() {
        BindingId declined = hexmall.bindingAwaitingWalletApp(customer, PHONE,
                hexmall.startBinding(customer, ALIPAY, "13800000001"));
        hexmall.comeBack(customer, ALIPAY, hexmall.rejectInWalletApp(ALIPAY, hexmall.walletAppPage(customer,
                declined)));
        hexmall.clock.advance(Duration.ofSeconds(61));

        assertThat(hexmall.startBinding(customer, ALIPAY, "13800000001")).isInstanceOf(BindingStart.CodeSent.class);
        assertThat(hexmall.countOpenRiskAlerts.count()).isZero();
    }

    @Test
    void theAgentSeesTheAlertWithTheCustomersRecentActivity_andResolvesItAsAFalsePositive() {
        AgentId agent = hexmall.registeredAgent("wangfang");
        Session session = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        hexmall.startBinding(customer, ALIPAY, "13800000001");
        hexmall.startBinding(customer, WECHAT_PAY, "13800000001");
        RiskAlert alert = onlyOpenAlert();

        RiskAlertDetails details = hexmall.viewRiskAlert.view(alert.id()).orElseThrow();
        assertThat(details.customer().displayName()).isEqualTo("李雷");
        assertThat(details.recentLogins()).extracting(LoginRecord::outcome).containsExactly(LoginOutcome.SUCCEEDED);

        boolean resolved = hexmall.resolveRiskAlert.resolve(ResolveAlertCommand.fromForm(agent, alert.id(),
                "FALSE_POSITIVE", "Called him: he was adding his wife's WeChat Pay."));

        assertThat(resolved).isTrue();
        assertThat(hexmall.countOpenRiskAlerts.count()).isZero();
        assertThat(hexmall.viewRiskAlert.view(alert.id()).orElseThrow().alert().resolution().orElseThrow().kind())
                .isEqualTo(AlertResolution.FALSE_POSITIVE);
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().auditTrail())
                .extracting(AuditEntry::action)
                .containsExactlyInAnyOrder(AgentAction.RESOLVE_RISK_ALERT, AgentAction.LIFT_RISK_HOLD);
        assertThat(hexmall.resumeSession.resume(Optional.of(session.id())).id()).isEqualTo(session.id());
        assertThat(hexmall.resolveRiskAlert.resolve(ResolveAlertCommand.fromForm(agent, alert.id(),
                "CONTACTED_CUSTOMER", "again"))).isFalse();
    }

    @Test
    void confirmedFraud_freezesTheAccountAndEndsItsSessions_auditingBoth() {
        AgentId agent = hexmall.registeredAgent("wangfang");
        Session session = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        hexmall.startBinding(customer, ALIPAY, "13800000001");
        hexmall.startBinding(customer, WECHAT_PAY, "13800000001");

        hexmall.resolveRiskAlert.resolve(ResolveAlertCommand.fromForm(agent, onlyOpenAlert().id(),
                "CONFIRMED_FRAUD", "The customer never asked for either wallet."));

        var details = hexmall.viewCustomerDetails.view(customer).orElseThrow();
        assertThat(details.profile().status()).isEqualTo(AccountStatus.FROZEN);
        assertThat(details.auditTrail()).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder(AgentAction.RESOLVE_RISK_ALERT, AgentAction.FREEZE_ACCOUNT);
        assertThat(hexmall.resumeSession.resume(Optional.of(session.id())).principal())
                .isEqualTo(Principal.ANONYMOUS);
    }

    @Test
    void aResolutionWithoutANote_isRefused() {
        AgentId agent = hexmall.registeredAgent("wangfang");
        hexmall.startBinding(customer, ALIPAY, "13800000001");
        hexmall.startBinding(customer, WECHAT_PAY, "13800000001");
        var alert = onlyOpenAlert().id();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResolveAlertCommand.fromForm(agent, alert,
                "CONFIRMED_FRAUD", "  ")).isInstanceOf(
                org.hexmall.application.port.in.InvalidCommandException.class);
        assertThat(hexmall.countOpenRiskAlerts.count()).isEqualTo(1);
    }

    @Test
    void aCustomersReport_raisesAnUrgentAlert_listedFirst() {
        hexmall.startBinding(customer, ALIPAY, "13800000001");
        hexmall.startBinding(customer, WECHAT_PAY, "13800000001");

        hexmall.raiseRiskAlert.customerReported(customer, "Login from Chrome on Android at 14:02");

        var queue = hexmall.listRiskAlerts.list(AlertQuery.of(null, null, null, null)).items();
        assertThat(queue).extracting(RiskAlert::severity).containsExactly(AlertSeverity.URGENT, AlertSeverity.HIGH);
        assertThat(hexmall.listRiskAlerts.list(AlertQuery.of(null, "URGENT", null, null)).total()).isEqualTo(1);
        assertThat(hexmall.listRiskAlerts.list(AlertQuery.of("BINDING_VELOCITY", null, "24", null)).total())
                .isEqualTo(1);
        assertThat(hexmall.listRiskAlerts.ofCustomer(customer)).hasSize(2);
    }

    @Test
    void aLoginAfterManyFailuresFromItsAddressAcrossAccounts_isBlocked_andAnotherRegion_asksForACode() {
        hexmall.storage.loginHistory().record(new LoginRecord(customer, hexmall.clock.instant(),
                LoginOutcome.SUCCEEDED, "192.0.2.10"));
        CustomerId other = hexmall.registeredCustomer("13900139000", null, "韩梅梅", "other-4two-pots");
        for (int failure = 0; failure < 10; failure++) {
            hexmall.storage.loginHistory().record(new LoginRecord(other, hexmall.clock.instant(),
                    LoginOutcome.WRONG_PASSWORD, "198.51.100.66"));
        }

        AssessLoginRisk.LoginRisk stuffing = hexmall.assessLoginRisk.assess(customer, "198.51.100.66");
        AssessLoginRisk.LoginRisk travelling = hexmall.assessLoginRisk.assess(customer, "203.0.113.20");
        AssessLoginRisk.LoginRisk usual = hexmall.assessLoginRisk.assess(customer, "192.0.2.11");

        assertThat(stuffing.assessment().decision()).isEqualTo(RiskDecision.BLOCK);
        assertThat(stuffing.assessment().fired()).extracting(fired -> fired.rule())
                .containsExactly(RiskRule.FAILED_LOGINS_FROM_ADDRESS, RiskRule.REGION_CHANGE);
        assertThat(travelling.assessment().factor()).contains(StepUpFactor.SMS_CODE);
        assertThat(travelling.alert()).isPresent();
        assertThat(usual.assessment().isAllowed()).isTrue();
        assertThat(usual.alert()).isEmpty();
        assertThat(hexmall.countOpenRiskAlerts.count()).isEqualTo(2);
    }

    @Test
    void failedLoginsWithNumbersThatHaveNoAccount_countFromTheirAddress_exactlyAsFailuresOnRegisteredOnes() {
        String stuffer = "198.51.100.66";
        String registeredStuffer = "198.51.100.77";
        hexmall.registeredCustomer("13900139000", null, "韩梅梅", "other-4two-pots");
        int limit = RiskSettings.defaults().maxFailedLoginsFromAddress();
        for (int attempt = 0; attempt < limit; attempt++) {
            // One try each at a number nobody registered, and the same count at a registered account elsewhere.
            assertThat(logIn("1370013" + String.format(Locale.ROOT, "%04d", attempt), "guess", stuffer))
                    .isEqualTo(new LoginResult.WrongCredentials());
            assertThat(logIn("13900139000", "guess-" + attempt, registeredStuffer))
                    .isInstanceOfAny(LoginResult.WrongCredentials.class, LoginResult.Locked.class);
        }

        assertThat(logIn(PHONE, PASSWORD, stuffer)).isEqualTo(new LoginResult.HeldForReview());
        assertThat(logIn(PHONE, PASSWORD, registeredStuffer)).isEqualTo(new LoginResult.HeldForReview());
        var alerts = hexmall.listRiskAlerts.list(AlertQuery.of("FAILED_LOGINS_FROM_ADDRESS", null, null, null));
        assertThat(alerts.total()).isEqualTo(2);
        assertThat(hexmall.assessLoginRisk.assess(customer, "192.0.2.11").assessment().isAllowed()).isTrue();
    }

    private LoginResult logIn(String login, String password, String address) {
        return hexmall.logInCustomer.logIn(
                CustomerLoginCommand.fromForm(login, password, address, hexmall.newVisitor().id()));
    }
}
