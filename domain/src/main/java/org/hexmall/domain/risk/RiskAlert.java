package org.hexmall.domain.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.StepUp;
import org.hexmall.domain.security.StepUpFactor;

/**
 * An alert for customer service: who, what was attempted, which rules fired with their reasons and scores, what the
 * rules decided, what the customer was asked and how it ended, and (once an agent has looked) how it was resolved.
 *
 * @param factor     the proof the customer was asked for; present only for a step-up
 * @param resolution empty while the alert is open
 */
public record RiskAlert(RiskAlertId id, CustomerId customerId, Instant raisedAt, RiskAttempt attempt,
                        List<FiredRule> fired, RiskDecision decision, Optional<StepUpFactor> factor,
                        AlertSeverity severity, AlertOutcome outcome, Optional<Resolution> resolution) {

    /**
     * How long after it was raised an alert asking for a proof can still be answered: the step-up it asked for may
     * wait that long for its factor, then allow its action for a while once passed. Past it, nothing can answer it.
     */
    public static final Duration ANSWERABLE_FOR = StepUp.PENDING_FOR.plus(StepUp.VALID_FOR);

    public RiskAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(attempt, "attempt");
        fired = List.copyOf(fired);
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(resolution, "resolution");
    }

    /** A new, open alert on an attempt the rules stepped up or blocked. */
    public static RiskAlert onAssessment(RiskAlertId id, CustomerId customerId, Instant at, RiskAttempt attempt,
                                         RiskAssessment assessment) {
        if (assessment.isAllowed()) {
            throw new IllegalArgumentException("an allowed attempt raises no alert");
        }
        return new RiskAlert(id, customerId, at, attempt, assessment.fired(), assessment.decision(),
                assessment.factor(), AlertSeverity.of(assessment.decision()),
                AlertOutcome.firstFor(assessment.decision()), Optional.empty());
    }

    /** A new, open, urgent alert: the customer reported something on their account as not theirs. */
    public static RiskAlert customerReport(RiskAlertId id, CustomerId customerId, Instant at, String whatWasReported) {
        var rule = new FiredRule(RiskRule.CUSTOMER_REPORT, 0, RiskReason.of(RiskRule.CUSTOMER_REPORT));
        return new RiskAlert(id, customerId, at,
                new RiskAttempt(AttemptKind.CUSTOMER_REPORT, Optional.empty(), whatWasReported, ""), List.of(rule),
                RiskDecision.BLOCK, Optional.empty(), AlertSeverity.URGENT, AlertOutcome.ACCOUNT_FROZEN,
                Optional.empty());
    }

    /**
     * True when the customer was asked for a proof and never went through with it: stored as
     * {@link AlertOutcome#ABANDONED}, or still asking past the time anything could answer it (until housekeeping
     * stores it, which it does for every alert {@link #abandonedBefore} names).
     */
    public boolean isAbandonedAt(Instant now) {
        return outcome == AlertOutcome.ABANDONED
                || outcome == AlertOutcome.VERIFICATION_ASKED && raisedAt.isBefore(abandonedBefore(now));
    }

    /** Alerts raised before this time and still asking for a proof can no longer be answered: they are abandoned. */
    public static Instant abandonedBefore(Instant now) {
        return now.minus(ANSWERABLE_FOR);
    }

    public boolean isOpen() {
        return resolution.isEmpty();
    }

    public int score() {
        return fired.stream().mapToInt(FiredRule::score).sum();
    }

    /** The rules that fired, by name. */
    public List<RiskRule> rules() {
        return fired.stream().map(FiredRule::rule).toList();
    }
}
