package org.hexmall.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.security.StepUpFactor;
import org.junit.jupiter.api.Test;

/** How the scores of the rules that fired become a decision, at the edges of each threshold. */
class RiskDecisionCombinerTest {

    private static final RiskSettings SETTINGS = RiskSettings.defaults();

    private static List<FiredRule> scoring(int... scores) {
        return Arrays.stream(scores)
                .mapToObj(score -> new FiredRule(RiskRule.NEW_DEVICE, score, RiskReason.of(RiskRule.NEW_DEVICE)))
                .toList();
    }

    @Test
    void noRuleFired_allows() {
        assertThat(RiskRules.decide(List.of(), SETTINGS)).isEqualTo(RiskAssessment.allowed());
    }

    @Test
    void justBelowTheStepUpScore_allows() {
        assertThat(RiskRules.decide(scoring(39), SETTINGS).decision()).isEqualTo(RiskDecision.ALLOW);
    }

    @Test
    void fromTheStepUpScore_asksForAnSmsCode() {
        RiskAssessment assessment = RiskRules.decide(scoring(40), SETTINGS);

        assertThat(assessment.decision()).isEqualTo(RiskDecision.STEP_UP);
        assertThat(assessment.factor()).contains(StepUpFactor.SMS_CODE);
        assertThat(RiskRules.decide(scoring(69), SETTINGS).factor()).contains(StepUpFactor.SMS_CODE);
    }

    @Test
    void fromTheFaceCheckScore_asksForAFaceCheck() {
        assertThat(RiskRules.decide(scoring(40, 30), SETTINGS).factor()).contains(StepUpFactor.FACE);
        assertThat(RiskRules.decide(scoring(99), SETTINGS).factor()).contains(StepUpFactor.FACE);
    }

    @Test
    void fromTheBlockScore_blocks_addingUpEveryRuleThatFired() {
        RiskAssessment assessment = RiskRules.decide(scoring(50, 50), SETTINGS);

        assertThat(assessment.decision()).isEqualTo(RiskDecision.BLOCK);
        assertThat(assessment.factor()).isEmpty();
        assertThat(assessment.score()).isEqualTo(100);
        assertThat(assessment.fired()).hasSize(2);
    }

    @Test
    void anAssessmentThatStepsUpWithoutAFactor_cannotBeMade() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new RiskAssessment(List.of(), RiskDecision.STEP_UP, Optional.empty()));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new RiskAssessment(List.of(), RiskDecision.BLOCK, Optional.of(StepUpFactor.SMS_CODE)));
    }

    @Test
    void thresholdsOutOfOrder_areRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskSettings(true, 80, 70, 100, 3,
                SETTINGS.largeAmount(), SETTINGS.usualAmountWindow(), 50, SETTINGS.velocityWindow(), 5, 3,
                SETTINGS.wrongPasswordWindow(), 3, SETTINGS.bindThenPayWindow(), SETTINGS.failedLoginWindow(), 10,
                5, SETTINGS.holdPeriod()));
    }
}
