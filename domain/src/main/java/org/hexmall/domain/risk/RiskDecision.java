package org.hexmall.domain.risk;

/** What becomes of an attempt the rules assessed. */
public enum RiskDecision {
    /** It goes ahead. */
    ALLOW,
    /** It goes ahead once the customer proves it is them (an SMS code or a face check). */
    STEP_UP,
    /** It is refused and held for customer service to review. */
    BLOCK
}
