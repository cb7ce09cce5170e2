package org.hexmall.domain.risk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.security.StepUpFactor;

/**
 * The rules' verdict on one attempt.
 *
 * @param fired  the rules that fired, in the order they were evaluated
 * @param factor the proof asked for; present only for {@link RiskDecision#STEP_UP}
 */
public record RiskAssessment(List<FiredRule> fired, RiskDecision decision, Optional<StepUpFactor> factor) {

    public RiskAssessment {
        fired = List.copyOf(fired);
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(factor, "factor");
        if (factor.isPresent() != (decision == RiskDecision.STEP_UP)) {
            throw new IllegalArgumentException("a step-up, and only a step-up, names its factor");
        }
    }

    public static RiskAssessment allowed() {
        return new RiskAssessment(List.of(), RiskDecision.ALLOW, Optional.empty());
    }

    public int score() {
        return fired.stream().mapToInt(FiredRule::score).sum();
    }

    public boolean isAllowed() {
        return decision == RiskDecision.ALLOW;
    }
}
