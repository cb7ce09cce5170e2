package org.hexmall.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentId;
import org.junit.jupiter.api.Test;

class RiskHoldTest {

    private static final Instant RAISED = Instant.parse("2026-11-22T02:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);
    private static final CustomerId CUSTOMER = new CustomerId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    private static final AgentId AGENT = new AgentId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));

    private static RiskAlert alert(RiskAttempt attempt, RiskDecision decision) {
        var fired = List.of(new FiredRule(RiskRule.PAYMENT_VELOCITY, 100,
                RiskReason.of(RiskRule.PAYMENT_VELOCITY, 6, 10)));
        var assessment = new RiskAssessment(fired, decision, decision == RiskDecision.STEP_UP
                ? Optional.of(org.hexmall.domain.security.StepUpFactor.SMS_CODE) : Optional.empty());
        return RiskAlert.onAssessment(new RiskAlertId(UUID.randomUUID()), CUSTOMER, RAISED, attempt, assessment);
    }

    private static RiskHold blockedPayment() {
        return RiskHold.placedBy(alert(RiskAttempt.payment(Money.ofYuan(88, 0), "2611 2200 0001"),
                RiskDecision.BLOCK), DAY).orElseThrow();
    }

    @Test
    void aBlockedPayment_holdsPayingAndBindingForThePeriod_fromWhenItWasBlocked() {
        RiskHold hold = blockedPayment();

        assertThat(hold.holds()).isEqualTo(HeldAttempts.PAYING_AND_BINDING);
        assertThat(hold.placedAt()).isEqualTo(RAISED);
        assertThat(hold.endsAt()).isEqualTo(RAISED.plus(DAY));
        assertThat(hold.holdsBack(AttemptKind.PAYMENT, RAISED)).isTrue();
        assertThat(hold.holdsBack(AttemptKind.BINDING, RAISED)).isTrue();
        assertThat(hold.holdsBack(AttemptKind.LOGIN, RAISED)).isFalse();
    }

    @Test
    void aHold_holdsUntilTheLastInstantOfItsPeriod_andNotAtItsEnd() {
        RiskHold hold = blockedPayment();

        assertThat(hold.isActiveAt(RAISED.plus(DAY).minusMillis(1))).isTrue();
        assertThat(hold.isActiveAt(RAISED.plus(DAY))).isFalse();
        assertThat(RiskHold.holdsUntil(Optional.of(RAISED.plus(DAY)), RAISED.plus(DAY).minusNanos(1))).isTrue();
        assertThat(RiskHold.holdsUntil(Optional.of(RAISED.plus(DAY)), RAISED.plus(DAY))).isFalse();
        assertThat(RiskHold.holdsUntil(Optional.empty(), RAISED)).isFalse();
    }

    @Test
    void aBlockedBinding_holdsPaymentsToo() {
        RiskHold binding = RiskHold.placedBy(alert(RiskAttempt.binding("ALIPAY 138****0001"), RiskDecision.BLOCK),
                DAY).orElseThrow();

        assertThat(binding.holdsBack(AttemptKind.PAYMENT, RAISED)).isTrue();
        assertThat(binding.holdsBack(AttemptKind.BINDING, RAISED)).isTrue();
    }

    @Test
    void aStepUp_aBlockedLogin_orACustomersReport_placesNoHold() {
        assertThat(RiskHold.placedBy(alert(RiskAttempt.login("203.0.113.9"), RiskDecision.BLOCK), DAY)).isEmpty();
        assertThat(RiskHold.placedBy(alert(RiskAttempt.binding("ALIPAY 138****0001"), RiskDecision.STEP_UP), DAY))
                .isEmpty();
        assertThat(RiskHold.placedBy(RiskAlert.customerReport(new RiskAlertId(UUID.randomUUID()), CUSTOMER, RAISED,
                "not my payment"), DAY)).isEmpty();
    }

    @Test
    void aLiftedHold_holdsNothing_andCannotBeLiftedAgain() {
        var lift = new RiskHold.Lift(RAISED.plus(Duration.ofHours(1)), AGENT, "agent", "Called her: it was her.");
        RiskHold lifted = blockedPayment().liftedBy(lift);

        assertThat(lifted.isActiveAt(RAISED.plus(Duration.ofHours(2)))).isFalse();
        assertThat(lifted.lifted()).contains(lift);
        assertThatThrownBy(() -> lifted.liftedBy(lift)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aHoldWhosePeriodEnded_cannotBeLifted() {
        var late = new RiskHold.Lift(RAISED.plus(DAY), AGENT, "agent", "Called her: it was her.");

        assertThatThrownBy(() -> blockedPayment().liftedBy(late)).isInstanceOf(IllegalStateException.class);
    }
}
