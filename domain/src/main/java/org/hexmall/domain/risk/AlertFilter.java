package org.hexmall.domain.risk;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which alerts the queue lists: all, or only those of one rule, one severity, or raised since a time.
 *
 * @param raisedSince only alerts raised at or after it
 */
public record AlertFilter(Optional<RiskRule> rule, Optional<AlertSeverity> severity, Optional<Instant> raisedSince) {

    public AlertFilter {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(raisedSince, "raisedSince");
    }

    public static AlertFilter all() {
        return new AlertFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean accepts(RiskAlert alert) {
        return rule.map(wanted -> alert.rules().contains(wanted)).orElse(true)
                && severity.map(wanted -> alert.severity() == wanted).orElse(true)
                && raisedSince.map(since -> !alert.raisedAt().isBefore(since)).orElse(true);
    }
}
