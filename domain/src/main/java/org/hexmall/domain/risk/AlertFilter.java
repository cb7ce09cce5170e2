package org.hexmall.domain.risk;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which alerts the queue lists: all, or only those of one rule, one severity, raised since a time, or with one stored
 * outcome (such as {@link AlertOutcome#ABANDONED}).
 *
 * @param raisedSince only alerts raised at or after it
 */
public record AlertFilter(Optional<RiskRule> rule, Optional<AlertSeverity> severity, Optional<Instant> raisedSince,
                          Optional<AlertOutcome> outcome) {

    public AlertFilter {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(raisedSince, "raisedSince");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** A filter that asks nothing of the outcome. */
    public AlertFilter(Optional<RiskRule> rule, Optional<AlertSeverity> severity, Optional<Instant> raisedSince) {
        this(rule, severity, raisedSince, Optional.empty());
    }

    public static AlertFilter all() {
        return new AlertFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean accepts(RiskAlert alert) {
        return rule.map(wanted -> alert.rules().contains(wanted)).orElse(true)
                && severity.map(wanted -> alert.severity() == wanted).orElse(true)
                && raisedSince.map(since -> !alert.raisedAt().isBefore(since)).orElse(true)
                && outcome.map(wanted -> alert.outcome() == wanted).orElse(true);
    }
}
