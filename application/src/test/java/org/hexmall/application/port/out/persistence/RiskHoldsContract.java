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
import org.hexmall.domain.risk.FiredRule;
import org.hexmall.domain.risk.HeldAttempts;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskAssessment;
import org.hexmall.domain.risk.RiskAttempt;
import org.hexmall.domain.risk.RiskDecision;
import org.hexmall.domain.risk.RiskHold;
import org.hexmall.domain.risk.RiskReason;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.wallet.BindingId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RiskHolds} adapter must do, and how the risk facts ({@link RiskFacts}) read the holds in the
 * round trips they already make. Each test starts with empty stores.
 */
public abstract class RiskHoldsContract {

    private static final Duration DAY = Duration.ofHours(24);
    private static final AgentId AGENT = new AgentId(UUID.fromString("00000000-0000-0000-0000-00000000a9e7"));

    protected abstract RiskHolds riskHolds();

    protected abstract RiskAlerts riskAlerts();

    protected abstract RiskFacts riskFacts();

    protected abstract Customers customers();

    private static Instant at(int minutes) {
        return NOW.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aPlacedHold_isFoundByItsAlert_andListedAsActiveUntilItsEnd() {
        CustomerId liLei = storedCustomer("13800000001");
        RiskHold hold = placed(liLei, RiskAttempt.payment(Money.ofYuan(88, 0), "2511 1100 0001"), NOW);

        assertThat(riskHolds().findByAlert(hold.alert())).contains(hold);
        assertThat(riskHolds().activeOf(liLei, NOW.plus(DAY).minusMillis(1))).containsExactly(hold);
        assertThat(riskHolds().activeOf(liLei, NOW.plus(DAY))).isEmpty();
        assertThat(riskHolds().findByAlert(new RiskAlertId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void activeHolds_areTheCustomersOwn_latestFirst() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13800000002");
        RiskHold binding = placed(liLei, RiskAttempt.binding("ALIPAY 138****0001"), NOW);
        RiskHold payment = placed(liLei, RiskAttempt.payment(Money.ofYuan(88, 0), "2511 1100 0001"), at(5));
        placed(hanMeimei, RiskAttempt.binding("ALIPAY 138****0002"), at(6));

        assertThat(riskHolds().activeOf(liLei, at(10))).containsExactly(payment, binding);
    }

    @Test
    void liftingAHold_keepsWhoLiftedItAndWhy_once() {
        CustomerId liLei = storedCustomer("13800000001");
        RiskHold hold = placed(liLei, RiskAttempt.binding("ALIPAY 138****0001"), NOW);
        var lift = new RiskHold.Lift(at(30), AGENT, "agent", "Called him: he was binding his new card.");

        assertThat(riskHolds().lift(hold.alert(), lift)).isTrue();
        assertThat(riskHolds().lift(hold.alert(), lift)).isFalse();

        assertThat(riskHolds().findByAlert(hold.alert())).contains(hold.liftedBy(lift));
        assertThat(riskHolds().activeOf(liLei, at(31))).isEmpty();
    }

    @Test
    void aHoldWhosePeriodEnded_cannotBeLifted() {
        CustomerId liLei = storedCustomer("13800000001");
        RiskHold hold = placed(liLei, RiskAttempt.binding("ALIPAY 138****0001"), NOW);

        assertThat(riskHolds().lift(hold.alert(), new RiskHold.Lift(NOW.plus(DAY), AGENT, "agent", "Late."))).isFalse();
        assertThat(riskHolds().findByAlert(hold.alert()).orElseThrow().lifted()).isEmpty();
    }

    @Test
    void theCustomersLatestAlerts_areReadWithTheHoldsTheyPlaced() {
        CustomerId liLei = storedCustomer("13800000001");
        RiskHold first = placed(liLei, RiskAttempt.binding("ALIPAY 138****0001"), NOW);
        RiskAlert stepUp = RiskAlert.onAssessment(new RiskAlertId(UUID.randomUUID()), liLei, at(5),
                RiskAttempt.login("203.0.113.7"), new RiskAssessment(List.of(new FiredRule(RiskRule.REGION_CHANGE, 40,
                        RiskReason.of(RiskRule.REGION_CHANGE))), RiskDecision.STEP_UP,
                        Optional.of(org.hexmall.domain.security.StepUpFactor.SMS_CODE)));
        riskAlerts().raise(stepUp);
        RiskHold latest = placed(liLei, RiskAttempt.payment(Money.ofYuan(88, 0), "2511 1100 0001"), at(10));
        var lift = new RiskHold.Lift(at(11), AGENT, "agent", "Checked with him.");
        riskHolds().lift(latest.alert(), lift);

        RiskAlerts.AlertsWithHolds read = riskAlerts().latestWithHoldsOf(liLei, 10);

        assertThat(read.alerts()).extracting(RiskAlert::id)
                .containsExactly(latest.alert(), stepUp.id(), first.alert());
        assertThat(read.alerts().get(1).fired()).extracting(FiredRule::rule).containsExactly(RiskRule.REGION_CHANGE);
        assertThat(read.holds()).containsExactly(latest.liftedBy(lift), first);
        assertThat(riskAlerts().latestWithHoldsOf(liLei, 1).holds()).containsExactly(latest.liftedBy(lift));
    }

    @Test
    void theRiskFacts_readTheLatestEndOfTheCustomersHoldsNotLifted() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13800000002");
        placed(liLei, RiskAttempt.payment(Money.ofYuan(88, 0), "2511 1100 0001"), NOW);
        RiskHold later = placed(liLei, RiskAttempt.binding("ALIPAY 138****0001"), at(10));
        RiskHold lifted = placed(liLei, RiskAttempt.binding("ALIPAY 138****0001"), at(20));
        riskHolds().lift(lifted.alert(), new RiskHold.Lift(at(21), AGENT, "agent", "Checked with him."));

        assertThat(riskFacts().paymentSignals(liLei, Optional.empty(), new BindingId(UUID.randomUUID()), NOW, 10,
                NOW, NOW).heldUntil()).contains(later.endsAt());
        assertThat(riskFacts().bindingSignals(liLei, Optional.empty(), NOW).heldUntil()).contains(later.endsAt());
        assertThat(riskFacts().bindingSignals(hanMeimei, Optional.empty(), NOW).heldUntil()).isEmpty();
        assertThat(riskFacts().paymentSignals(hanMeimei, Optional.empty(), new BindingId(UUID.randomUUID()), NOW,
                10, NOW, NOW).heldUntil()).isEmpty();
    }

    @Test
    void theRiskFacts_readWhenAnAgentLastLiftedOneOfTheCustomersHolds() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13800000002");
        RiskHold first = placed(liLei, RiskAttempt.payment(Money.ofYuan(88, 0), "2511 1100 0001"), NOW);
        RiskHold second = placed(liLei, RiskAttempt.binding("ALIPAY 138****0001"), at(10));
        placed(liLei, RiskAttempt.binding("ALIPAY 138****0001"), at(30));
        riskHolds().lift(second.alert(), new RiskHold.Lift(at(21), AGENT, "agent", "Checked with him."));
        riskHolds().lift(first.alert(), new RiskHold.Lift(at(22), AGENT, "agent", "Checked with him."));

        assertThat(riskFacts().paymentSignals(liLei, Optional.empty(), new BindingId(UUID.randomUUID()), NOW, 10,
                NOW, NOW).lastLiftedAt()).contains(at(22));
        assertThat(riskFacts().bindingSignals(liLei, Optional.empty(), NOW).lastLiftedAt()).contains(at(22));
        assertThat(riskFacts().bindingSignals(hanMeimei, Optional.empty(), NOW).lastLiftedAt()).isEmpty();
    }

    private RiskHold placed(CustomerId customerId, RiskAttempt attempt, Instant at) {
        var fired = List.of(new FiredRule(RiskRule.PAYMENT_VELOCITY, 100,
                RiskReason.of(RiskRule.PAYMENT_VELOCITY, 6, 10)));
        RiskAlert alert = RiskAlert.onAssessment(new RiskAlertId(UUID.randomUUID()), customerId, at, attempt,
                new RiskAssessment(fired, RiskDecision.BLOCK, Optional.empty()));
        riskAlerts().raise(alert);
        RiskHold hold = RiskHold.placedBy(alert, DAY).orElseThrow();
        riskHolds().place(hold);
        assertThat(hold.holds()).isEqualTo(HeldAttempts.after(attempt.kind()).orElseThrow());
        return hold;
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }
}
