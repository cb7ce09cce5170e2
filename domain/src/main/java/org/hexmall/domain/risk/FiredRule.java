package org.hexmall.domain.risk;

import java.util.Objects;

/** A rule that fired on an attempt: how much it adds to the risk, and why. */
public record FiredRule(RiskRule rule, int score, RiskReason reason) {

    public FiredRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        if (score < 0) {
            throw new IllegalArgumentException("a rule's score is never negative");
        }
    }
}
