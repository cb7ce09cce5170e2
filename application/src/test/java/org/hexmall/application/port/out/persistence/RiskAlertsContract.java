package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.risk.AlertFilter;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.AlertResolution;
import org.hexmall.domain.risk.AlertSeverity;
import org.hexmall.domain.risk.AttemptKind;
import org.hexmall.domain.risk.FiredRule;
import org.hexmall.domain.risk.Resolution;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskAssessment;
import org.hexmall.domain.risk.RiskAttempt;
import org.hexmall.domain.risk.RiskDecision;
import org.hexmall.domain.risk.RiskReason;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.risk.RiskRules;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.support.AgentId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RiskAlerts} adapter must do. Each test starts with empty stores; alerts are raised for customers
 * that exist, added through {@link #customers()}.
 */
public abstract class RiskAlertsContract {

    private static final AgentId AGENT = new AgentId(UUID.fromString("00000000-0000-0000-0000-00000000a9e7"));

    protected abstract RiskAlerts riskAlerts();

    protected abstract Customers customers();

    private static Instant at(int minutes) {
        return NOW.plus(Duration.ofMinutes(minutes));
    }

    private static RiskAlert blockedPayment(CustomerId customerId, Instant at) {
        List<FiredRule> fired = List.of(
                new FiredRule(RiskRule.NEW_DEVICE, 40, RiskReason.of(RiskRule.NEW_DEVICE)),
                new FiredRule(RiskRule.AMOUNT_ABOVE_USUAL, 50,
                        RiskReason.of(RiskRule.AMOUNT_ABOVE_USUAL, "¥6,888.00", "¥18.00", 3)),
                new FiredRule(RiskRule.BIND_THEN_PAY, 50, RiskReason.of(RiskRule.BIND_THEN_PAY, "¥6,888.00", 4)));
        return RiskAlert.onAssessment(new RiskAlertId(UUID.randomUUID()), customerId, at,
                new RiskAttempt(AttemptKind.PAYMENT, Optional.of(Money.ofYuan(6888, 0)),
                        "2612 0518 7730", "203.0.113.58"),
                RiskRules.decide(fired, RiskSettings.defaults()));
    }

    private static RiskAlert steppedUpBinding(CustomerId customerId, Instant at) {
        return RiskAlert.onAssessment(new RiskAlertId(UUID.randomUUID()), customerId, at,
                RiskAttempt.binding("ALIPAY 138****0001"),
                new RiskAssessment(List.of(new FiredRule(RiskRule.NEW_DEVICE, 40, RiskReason.of(RiskRule.NEW_DEVICE))),
                        RiskDecision.STEP_UP, Optional.of(StepUpFactor.SMS_CODE)));
    }

    private static Resolution resolution(AlertResolution kind, Instant at) {
        return new Resolution(kind, "Called her; she was buying a gift.", AGENT, "agent", at);
    }

    @Test
    void givenRaisedAlert_findById_returnsItWithEveryFact() {
        RiskAlert alert = blockedPayment(storedCustomer("13800000001"), NOW);

        riskAlerts().raise(alert);

        RiskAlert found = riskAlerts().findById(alert.id()).orElseThrow();
        assertThat(found).isEqualTo(alert);
        assertThat(found.decision()).isEqualTo(RiskDecision.BLOCK);
        assertThat(found.fired()).extracting(FiredRule::rule).containsExactly(RiskRule.NEW_DEVICE,
                RiskRule.AMOUNT_ABOVE_USUAL, RiskRule.BIND_THEN_PAY);
        assertThat(found.fired().get(1).reason().arguments()).containsExactly("¥6,888.00", "¥18.00", "3");
    }

    @Test
    void givenStepUpAndCustomerReport_findById_keepsFactorEmptyArgumentsAndNoAmount() {
        CustomerId liLei = storedCustomer("13800000001");
        RiskAlert stepUp = steppedUpBinding(liLei, NOW);
        RiskAlert report = RiskAlert.customerReport(new RiskAlertId(UUID.randomUUID()), liLei, at(1),
                "Login from Chrome on Android at 14:02");
        riskAlerts().raise(stepUp);
        riskAlerts().raise(report);

        assertThat(riskAlerts().findById(stepUp.id())).contains(stepUp);
        assertThat(riskAlerts().findById(report.id())).contains(report);
        assertThat(riskAlerts().findById(report.id()).orElseThrow().severity()).isEqualTo(AlertSeverity.URGENT);
    }

    @Test
    void unknownAlert_isNotFound_andCannotBeResolved() {
        RiskAlertId unknown = new RiskAlertId(UUID.randomUUID());

        assertThat(riskAlerts().findById(unknown)).isEmpty();
        assertThat(riskAlerts().resolve(unknown, resolution(AlertResolution.FALSE_POSITIVE, NOW))).isFalse();
        assertThat(riskAlerts().recordOutcome(unknown, AlertOutcome.VERIFIED)).isFalse();
    }

    @Test
    void resolve_closesAnOpenAlertOnce_andCountOpenDrops() {
        CustomerId liLei = storedCustomer("13800000001");
        RiskAlert alert = blockedPayment(liLei, NOW);
        riskAlerts().raise(alert);
        riskAlerts().raise(steppedUpBinding(liLei, at(1)));
        assertThat(riskAlerts().countOpen()).isEqualTo(2);

        Resolution resolved = resolution(AlertResolution.CONTACTED_CUSTOMER, at(5));
        assertThat(riskAlerts().resolve(alert.id(), resolved)).isTrue();
        assertThat(riskAlerts().resolve(alert.id(), resolution(AlertResolution.CONFIRMED_FRAUD, at(6)))).isFalse();

        assertThat(riskAlerts().countOpen()).isEqualTo(1);
        RiskAlert found = riskAlerts().findById(alert.id()).orElseThrow();
        assertThat(found.isOpen()).isFalse();
        assertThat(found.resolution()).contains(resolved);
    }

    @Test
    void recordOutcome_changesWhatTheCustomerWasAskedEndedWith() {
        RiskAlert alert = steppedUpBinding(storedCustomer("13800000001"), NOW);
        riskAlerts().raise(alert);

        assertThat(riskAlerts().recordOutcome(alert.id(), AlertOutcome.VERIFIED)).isTrue();

        assertThat(riskAlerts().findById(alert.id()).orElseThrow().outcome()).isEqualTo(AlertOutcome.VERIFIED);
    }

    @Test
    void list_putsOpenAlertsFirst_thenTheMostSevere_thenTheNewest() {
        CustomerId liLei = storedCustomer("13800000001");
        RiskAlert oldBlock = blockedPayment(liLei, at(0));
        RiskAlert newStepUp = steppedUpBinding(liLei, at(10));
        RiskAlert newBlock = blockedPayment(liLei, at(5));
        RiskAlert resolvedUrgent = RiskAlert.customerReport(new RiskAlertId(UUID.randomUUID()), liLei, at(20), "x");
        for (RiskAlert alert : List.of(oldBlock, newStepUp, newBlock, resolvedUrgent)) {
            riskAlerts().raise(alert);
        }
        riskAlerts().resolve(resolvedUrgent.id(), resolution(AlertResolution.FALSE_POSITIVE, at(21)));

        Page<RiskAlert> page = riskAlerts().list(AlertFilter.all(), 1, 10);

        assertThat(page.items()).extracting(RiskAlert::id).containsExactly(newBlock.id(), oldBlock.id(),
                newStepUp.id(), resolvedUrgent.id());
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void list_pagesThroughTheQueue() {
        CustomerId liLei = storedCustomer("13800000001");
        for (int minute = 0; minute < 5; minute++) {
            riskAlerts().raise(blockedPayment(liLei, at(minute)));
        }

        Page<RiskAlert> second = riskAlerts().list(AlertFilter.all(), 2, 2);

        assertThat(second.items()).extracting(RiskAlert::raisedAt).containsExactly(at(2), at(1));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.hasNext()).isTrue();
    }

    @Test
    void list_filtersByRuleSeverityAndAge() {
        CustomerId liLei = storedCustomer("13800000001");
        RiskAlert block = blockedPayment(liLei, at(0));
        RiskAlert stepUp = steppedUpBinding(liLei, at(30));
        riskAlerts().raise(block);
        riskAlerts().raise(stepUp);

        assertThat(riskAlerts().list(new AlertFilter(Optional.of(RiskRule.BIND_THEN_PAY), Optional.empty(),
                Optional.empty()), 1, 10).items()).containsExactly(block);
        assertThat(riskAlerts().list(new AlertFilter(Optional.empty(), Optional.of(AlertSeverity.MEDIUM),
                Optional.empty()), 1, 10).items()).containsExactly(stepUp);
        assertThat(riskAlerts().list(new AlertFilter(Optional.empty(), Optional.empty(), Optional.of(at(30))), 1, 10)
                .items()).containsExactly(stepUp);
        assertThat(riskAlerts().list(new AlertFilter(Optional.of(RiskRule.REGION_CHANGE), Optional.empty(),
                Optional.empty()), 1, 10).total()).isZero();
    }

    @Test
    void markAbandoned_storesItOnlyForAlertsStillAskingRaisedBeforeTheTime_andTheQueueFiltersByIt() {
        CustomerId liLei = storedCustomer("13800000001");
        RiskAlert unanswered = steppedUpBinding(liLei, at(0));
        RiskAlert answered = steppedUpBinding(liLei, at(1));
        RiskAlert refused = blockedPayment(liLei, at(2));
        RiskAlert recent = steppedUpBinding(liLei, at(30));
        List.of(unanswered, answered, refused, recent).forEach(riskAlerts()::raise);
        riskAlerts().recordOutcome(answered.id(), AlertOutcome.VERIFIED);

        assertThat(riskAlerts().markAbandoned(at(30))).isEqualTo(1);

        assertThat(riskAlerts().findById(unanswered.id()).orElseThrow().outcome()).isEqualTo(AlertOutcome.ABANDONED);
        assertThat(riskAlerts().findById(answered.id()).orElseThrow().outcome()).isEqualTo(AlertOutcome.VERIFIED);
        assertThat(riskAlerts().findById(refused.id()).orElseThrow().outcome()).isEqualTo(AlertOutcome.REFUSED);
        assertThat(riskAlerts().findById(recent.id()).orElseThrow().outcome())
                .as("raised exactly at the time: still answerable").isEqualTo(AlertOutcome.VERIFICATION_ASKED);
        Page<RiskAlert> abandoned = riskAlerts().list(new AlertFilter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(AlertOutcome.ABANDONED)), 1, 10);
        assertThat(abandoned.items()).extracting(RiskAlert::id).containsExactly(unanswered.id());
        assertThat(abandoned.total()).isEqualTo(1);
        assertThat(riskAlerts().markAbandoned(at(31))).as("each alert once, and the recent one now").isEqualTo(1);
    }

    @Test
    void latestOf_listsOnlyThatCustomersAlerts_newestFirst_upToTheLimit() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13800000002");
        RiskAlert first = blockedPayment(hanMeimei, at(0));
        RiskAlert second = steppedUpBinding(hanMeimei, at(1));
        RiskAlert third = blockedPayment(hanMeimei, at(2));
        riskAlerts().raise(first);
        riskAlerts().raise(blockedPayment(liLei, at(3)));
        riskAlerts().raise(second);
        riskAlerts().raise(third);

        assertThat(riskAlerts().latestOf(hanMeimei, 2)).containsExactly(third, second);
        assertThat(riskAlerts().latestOf(storedCustomer("13800000003"), 5)).isEmpty();
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }
}
