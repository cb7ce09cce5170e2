package org.hexmall.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.Test;

/** Each rule at the edges of its threshold, with the default settings. */
class RiskRulesTest {

    private static final RiskSettings SETTINGS = RiskSettings.defaults();
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static Money yuan(long yuan) {
        return Money.ofYuan(yuan, 0);
    }

    @Test
    void newDevice_firesOnlyForAnUntrustedDevice() {
        assertThat(RiskRules.newDevice(DeviceTrust.UNTRUSTED)).map(FiredRule::score)
                .contains(RiskSettings.NEW_DEVICE_SCORE);
        assertThat(RiskRules.newDevice(DeviceTrust.TRUSTED)).isEmpty();
        assertThat(RiskRules.newDevice(DeviceTrust.UNKNOWN)).isEmpty();
    }

    @Test
    void amountAboveUsual_firesJustAboveThreeTimesTheMedianAndTheLargeAmount() {
        List<Money> usual = List.of(yuan(800), yuan(1000), yuan(1200));

        assertThat(RiskRules.amountAboveUsual(yuan(3000), usual, SETTINGS)).isEmpty();
        Optional<FiredRule> fired = RiskRules.amountAboveUsual(Money.ofYuan(3000, 1), usual, SETTINGS);
        assertThat(fired).map(FiredRule::rule).contains(RiskRule.AMOUNT_ABOVE_USUAL);
        assertThat(fired.orElseThrow().reason().arguments()).containsExactly("¥3,000.01", "¥1,000.00", "3");
    }

    @Test
    void amountAboveUsual_staysSilentUpToTheLargeAmount_evenFarAboveTheMedian() {
        List<Money> usual = List.of(yuan(10), yuan(10));

        assertThat(RiskRules.amountAboveUsual(yuan(2000), usual, SETTINGS)).isEmpty();
        assertThat(RiskRules.amountAboveUsual(Money.ofYuan(2000, 1), usual, SETTINGS)).isPresent();
    }

    @Test
    void amountAboveUsual_staysSilentForACustomerWithNoUsualAmountYet() {
        assertThat(RiskRules.amountAboveUsual(yuan(50_000), List.of(), SETTINGS)).isEmpty();
    }

    @Test
    void median_ofAnEvenNumber_isTheMeanOfTheMiddleTwo() {
        assertThat(RiskRules.median(List.of(yuan(400), yuan(100), yuan(300), yuan(200)))).isEqualTo(yuan(250));
        assertThat(RiskRules.median(List.of(yuan(5)))).isEqualTo(yuan(5));
    }

    @Test
    void paymentVelocity_firesOnTheSixthPaymentInTheWindow() {
        assertThat(RiskRules.paymentVelocity(4, SETTINGS)).isEmpty();
        Optional<FiredRule> fired = RiskRules.paymentVelocity(5, SETTINGS);
        assertThat(fired).map(FiredRule::score).contains(RiskSettings.VELOCITY_SCORE);
        assertThat(fired.orElseThrow().reason().arguments()).containsExactly("6", "10");
    }

    @Test
    void bindingVelocity_firesOnTheFourthBindingInTheWindow() {
        assertThat(RiskRules.bindingVelocity(2, SETTINGS)).isEmpty();
        assertThat(RiskRules.bindingVelocity(3, SETTINGS)).map(FiredRule::rule).contains(RiskRule.BINDING_VELOCITY);
    }

    @Test
    void wrongPaymentPasswords_fireFromTheThirdAcrossWallets() {
        assertThat(RiskRules.wrongPaymentPasswords(2, SETTINGS)).isEmpty();
        assertThat(RiskRules.wrongPaymentPasswords(3, SETTINGS)).map(FiredRule::rule)
                .contains(RiskRule.WRONG_PAYMENT_PASSWORDS);
    }

    @Test
    void bindThenPay_firesForALargePaymentUpToTenMinutesAfterBinding() {
        Money large = Money.ofYuan(2000, 1);

        assertThat(RiskRules.bindThenPay(large, Optional.of(NOW.minus(Duration.ofMinutes(10))), NOW, SETTINGS))
                .map(FiredRule::rule).contains(RiskRule.BIND_THEN_PAY);
        assertThat(RiskRules.bindThenPay(large, Optional.of(NOW.minus(Duration.ofMinutes(10)).minusSeconds(1)), NOW,
                SETTINGS)).isEmpty();
        assertThat(RiskRules.bindThenPay(yuan(2000), Optional.of(NOW), NOW, SETTINGS)).isEmpty();
        assertThat(RiskRules.bindThenPay(large, Optional.empty(), NOW, SETTINGS)).isEmpty();
    }

    @Test
    void failedLoginsFromAddress_fireFromTheTenth() {
        assertThat(RiskRules.failedLoginsFromAddress(9, SETTINGS)).isEmpty();
        assertThat(RiskRules.failedLoginsFromAddress(10, SETTINGS)).map(FiredRule::score)
                .contains(RiskSettings.FAILED_LOGINS_SCORE);
    }

    @Test
    void regionChange_firesForAKnownRegionNoneOfTheRecentLoginsCameFrom() {
        Optional<FiredRule> fired = RiskRules.regionChange("203.0.113.9", List.of("192.0.2.1", "192.0.2.7"));

        assertThat(fired).map(FiredRule::rule).contains(RiskRule.REGION_CHANGE);
        assertThat(fired.orElseThrow().reason().arguments()).containsExactly("Guangzhou", "Beijing");
    }

    @Test
    void regionChange_staysSilentInAUsualRegion_orWhenARegionIsUnknown() {
        assertThat(RiskRules.regionChange("192.0.2.99", List.of("203.0.113.1", "192.0.2.7"))).isEmpty();
        assertThat(RiskRules.regionChange("127.0.0.1", List.of("192.0.2.7"))).isEmpty();
        assertThat(RiskRules.regionChange("192.0.2.99", List.of("127.0.0.1"))).isEmpty();
        assertThat(RiskRules.regionChange("192.0.2.99", List.of())).isEmpty();
    }

    @Test
    void rulesSwitchedOff_allowEvenAPaymentEveryRuleWouldRefuse() {
        var facts = new PaymentFacts(yuan(9000), DeviceTrust.UNTRUSTED, List.of(yuan(10)), 50, 9,
                Optional.of(NOW), NOW);

        assertThat(RiskRules.assessPayment(facts, SETTINGS).decision()).isEqualTo(RiskDecision.BLOCK);
        assertThat(RiskRules.assessPayment(facts, SETTINGS.withEnabled(false))).isEqualTo(RiskAssessment.allowed());
    }

    @Test
    void whatWouldBlock_isAskedAsAFaceCheck_forTheHoldPeriodAfterAnAgentLiftedAHold_andNothingElseChanges() {
        var facts = new PaymentFacts(yuan(9000), DeviceTrust.TRUSTED, List.of(yuan(10)), 50, 0, Optional.empty(), NOW);
        RiskAssessment blocked = RiskRules.assessPayment(facts, SETTINGS);
        Optional<Instant> liftedJustNow = Optional.of(NOW.minus(Duration.ofMinutes(5)));
        Optional<Instant> liftedADayAgo = Optional.of(NOW.minus(SETTINGS.holdPeriod()));

        RiskAssessment cleared = RiskRules.afterAgentsClearance(blocked, liftedJustNow, NOW, SETTINGS);

        assertThat(blocked.decision()).isEqualTo(RiskDecision.BLOCK);
        assertThat(cleared.decision()).isEqualTo(RiskDecision.STEP_UP);
        assertThat(cleared.factor()).contains(StepUpFactor.FACE);
        assertThat(cleared.fired()).isEqualTo(blocked.fired());
        assertThat(RiskRules.afterAgentsClearance(blocked, liftedADayAgo, NOW, SETTINGS)).isEqualTo(blocked);
        assertThat(RiskRules.afterAgentsClearance(blocked, Optional.empty(), NOW, SETTINGS)).isEqualTo(blocked);
        RiskAssessment smsCode = RiskRules.assessBinding(new BindingFacts(DeviceTrust.UNTRUSTED, 0), SETTINGS);
        assertThat(RiskRules.afterAgentsClearance(smsCode, liftedJustNow, NOW, SETTINGS)).isEqualTo(smsCode);
    }

    @Test
    void anOrdinaryPayment_isAllowed() {
        var facts = new PaymentFacts(yuan(120), DeviceTrust.TRUSTED, List.of(yuan(100)), 1, 0, Optional.empty(), NOW);

        assertThat(RiskRules.assessPayment(facts, SETTINGS)).isEqualTo(RiskAssessment.allowed());
    }

    @Test
    void aBindingFromANewDevice_asksForAnSmsCode() {
        RiskAssessment assessment = RiskRules.assessBinding(new BindingFacts(DeviceTrust.UNTRUSTED, 0), SETTINGS);

        assertThat(assessment.decision()).isEqualTo(RiskDecision.STEP_UP);
        assertThat(assessment.factor()).contains(StepUpFactor.SMS_CODE);
    }

    @Test
    void aLoginAfterManyFailuresFromItsAddress_isBlocked() {
        var facts = new LoginFacts("198.51.100.3", 10, List.of("198.51.100.3"));

        assertThat(RiskRules.assessLogin(facts, SETTINGS).decision()).isEqualTo(RiskDecision.BLOCK);
    }
}
