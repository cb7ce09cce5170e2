package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.Shelf.CHARGER;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import java.time.Instant;
import org.hexmall.application.port.in.account.ViewMyActivity;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.risk.AlertQuery;
import org.hexmall.application.port.in.risk.ResolveAlertCommand;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.application.port.in.wallet.BindingStart;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.risk.HeldAttempts;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskHold;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A blocked payment holds the account's paying and binding until customer service lifts the hold or its period ends;
 * the rule's own window passing changes nothing.
 */
class RiskHoldsTest {

    private static final String PHONE = "13800138000";
    private static final Duration HOLD = Duration.ofHours(24);
    /** At most two payments in ten minutes, so that the third is blocked. */
    private static final RiskSettings TIGHT = RiskSettings.defaults().withVelocity(2, 3, Duration.ofMinutes(10))
            .withHoldPeriod(HOLD);

    @AutoClose
    private final InMemoryHexmall hexmall = InMemoryHexmall.withRiskRules(TIGHT);
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, null, "李雷", "tea-4two-pots");
    private final AgentId agent = hexmall.registeredAgent("wangfang");

    RiskHoldsTest() {
        hexmall.stock(TEA, CHARGER);
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        hexmall.walletAccountAt(WECHAT_PAY, "13800000001");
        hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
        hexmall.clock.advance(Duration.ofMinutes(11));
    }

    /** Two payments, then a third that the velocity rule blocks; the order of the third. */
    private OrderId blockedPayment() {
        hexmall.pay(customer, hexmall.orderOf(customer, TEA));
        hexmall.pay(customer, hexmall.orderOf(customer, CHARGER));
        OrderId third = hexmall.orderOf(customer, TEA);
        assertThat(hexmall.pay(customer, third)).isInstanceOf(PayResult.RiskRefused.class);
        return third;
    }

    private RiskAlert onlyAlert() {
        return hexmall.listRiskAlerts.list(AlertQuery.of(null, null, null, null)).items().getFirst();
    }

    @Test
    void aBlockedPayment_holdsPayingAndBinding_pastTheRulesWindow_untilTheLastMomentOfTheHold() {
        Instant blockedAt = hexmall.clock.instant();
        OrderId order = blockedPayment();

        hexmall.clock.advance(Duration.ofMinutes(11));
        assertThat(hexmall.pay(customer, order)).isInstanceOf(PayResult.RiskHeld.class);
        assertThat(hexmall.startReplacing(customer, WECHAT_PAY, "13800000001"))
                .isEqualTo(new BindingStart.NotAllowed(BindingStart.RISK_HELD));
        assertThat(hexmall.countOpenRiskAlerts.count()).as("a held attempt raises no alert of its own").isEqualTo(1);

        // A day later the order has long closed unpaid: the customer orders again.
        hexmall.clock.advance(Duration.between(hexmall.clock.instant(), blockedAt.plus(HOLD).minusSeconds(1)));
        assertThat(hexmall.pay(customer, hexmall.orderOf(customer, TEA))).isInstanceOf(PayResult.RiskHeld.class);

        hexmall.clock.advance(Duration.ofSeconds(1));
        assertThat(hexmall.pay(customer, hexmall.orderOf(customer, TEA))).isInstanceOf(PayResult.GoToWallet.class);
    }

    @Test
    void theCustomersActivitySaysUntilWhenTheAccountIsHeld_untilTheHoldEndsOrIsLifted() {
        assertThat(hexmall.viewMyActivity.view(customer, 1).heldUntil()).isEmpty();
        Instant blockedAt = hexmall.clock.instant();
        blockedPayment();

        var activity = hexmall.viewMyActivity.view(customer, 1);
        assertThat(activity.heldUntil()).contains(blockedAt.plus(HOLD));
        assertThat(activity.entries().getFirst().what()).isEqualTo(SecurityEventKind.RISK_HOLD.name());
        assertThat(hexmall.viewMyActivity.view(customer, ViewMyActivity.LAST_PAGE + 1).heldUntil())
                .as("even past the pages shown").contains(blockedAt.plus(HOLD));

        hexmall.clock.advance(Duration.between(hexmall.clock.instant(), blockedAt.plus(HOLD)));
        assertThat(hexmall.viewMyActivity.view(customer, 1).heldUntil()).as("ended by its period").isEmpty();
    }

    @Test
    void aLiftedHold_isNoLongerShownInTheCustomersActivity() {
        blockedPayment();
        hexmall.resolveRiskAlert.resolve(ResolveAlertCommand.fromForm(agent, onlyAlert().id(), "FALSE_POSITIVE",
                "Called him: he was buying tea for the office."));

        assertThat(hexmall.viewMyActivity.view(customer, 1).heldUntil()).isEmpty();
    }

    @Test
    void theAgentSeesTheHold_andResolvingTheAlertAsAFalsePositiveLiftsIt_auditedAndInTheCustomersActivity() {
        OrderId order = blockedPayment();
        RiskAlert alert = onlyAlert();
        RiskHold hold = hexmall.viewRiskAlert.view(alert.id()).orElseThrow().activeHold().orElseThrow();
        assertThat(hold.holds()).isEqualTo(HeldAttempts.PAYING_AND_BINDING);
        assertThat(hexmall.listRiskAlerts.ofCustomerWithHolds(customer).activeHolds()).containsExactly(hold);
        hexmall.clock.advance(Duration.ofMinutes(11));

        hexmall.resolveRiskAlert.resolve(ResolveAlertCommand.fromForm(agent, alert.id(), "FALSE_POSITIVE",
                "Called him: he was buying tea for the office."));

        var details = hexmall.viewCustomerDetails.view(customer).orElseThrow();
        assertThat(hexmall.listRiskAlerts.ofCustomerWithHolds(customer).activeHolds()).isEmpty();
        assertThat(details.auditTrail()).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder(AgentAction.RESOLVE_RISK_ALERT, AgentAction.LIFT_RISK_HOLD);
        assertThat(details.auditTrail()).extracting(AuditEntry::reason)
                .containsOnly("Called him: he was buying tea for the office.");
        assertThat(details.securityEvents()).extracting(SecurityEvent::kind)
                .startsWith(SecurityEventKind.RISK_HOLD_LIFTED, SecurityEventKind.RISK_HOLD);
        assertThat(hexmall.viewRiskAlert.view(alert.id()).orElseThrow().hold().orElseThrow().lifted())
                .hasValueSatisfying(lift -> assertThat(lift.agentUsername()).isEqualTo("wangfang"));
        assertThat(hexmall.pay(customer, order)).isInstanceOf(PayResult.GoToWallet.class);
    }

    @Test
    void afterTheAgentLiftsTheHold_tryingAgainWhileTheRuleStillFires_asksForAFaceCheckInsteadOfHoldingAgain() {
        OrderId order = blockedPayment();

        hexmall.resolveRiskAlert.resolve(ResolveAlertCommand.fromForm(agent, onlyAlert().id(), "CONTACTED_CUSTOMER",
                "Called him: the three payments were his."));

        assertThat(hexmall.pay(customer, order)).as("within the rule's window, as the agent told him")
                .isInstanceOfSatisfying(PayResult.VerificationRequired.class,
                        asked -> assertThat(asked.factor()).isEqualTo(StepUpFactor.FACE));
        assertThat(hexmall.listRiskAlerts.ofCustomerWithHolds(customer).activeHolds()).as("no new hold").isEmpty();
        hexmall.clock.advance(HOLD);
        assertThat(hexmall.pay(customer, hexmall.orderOf(customer, TEA))).as("a day after the lift, the rules as ever")
                .isInstanceOf(PayResult.GoToWallet.class);
        hexmall.pay(customer, hexmall.orderOf(customer, CHARGER));
        assertThat(hexmall.pay(customer, hexmall.orderOf(customer, TEA))).isInstanceOf(PayResult.RiskRefused.class);
    }

    @Test
    void confirmedFraud_leavesTheHoldInPlace_besideTheFreeze() {
        blockedPayment();

        hexmall.resolveRiskAlert.resolve(ResolveAlertCommand.fromForm(agent, onlyAlert().id(), "CONFIRMED_FRAUD",
                "He never paid for tea three times."));

        assertThat(hexmall.listRiskAlerts.ofCustomerWithHolds(customer).activeHolds()).hasSize(1);
    }

    @Test
    void anAgentLiftsTheHoldFromTheCustomersPage_withAReason_andTheAlertStaysOpen() {
        OrderId order = blockedPayment();
        hexmall.clock.advance(Duration.ofMinutes(11));
        assertThat(hexmall.pay(customer, order)).isInstanceOf(PayResult.RiskHeld.class);

        boolean lifted = hexmall.liftRiskHold.lift(AccountSupportCommand.fromForm(agent, customer,
                "He called from his registered phone and confirmed the payments."));

        assertThat(lifted).isTrue();
        assertThat(hexmall.pay(customer, order)).isInstanceOf(PayResult.GoToWallet.class);
        assertThat(hexmall.countOpenRiskAlerts.count()).isEqualTo(1);
        assertThat(hexmall.liftRiskHold.lift(AccountSupportCommand.fromForm(agent, customer, "Again.")))
                .as("nothing holds the account any more").isFalse();
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().auditTrail())
                .extracting(AuditEntry::action).containsExactly(AgentAction.LIFT_RISK_HOLD);
    }
}
