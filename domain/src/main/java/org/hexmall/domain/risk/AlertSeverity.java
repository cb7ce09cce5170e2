package org.hexmall.domain.risk;

/** How soon an agent should look at an alert; the queue lists the most severe first. */
public enum AlertSeverity {
    /** The customer was asked to prove it is them. */
    MEDIUM,
    /** An attempt was refused and held. */
    HIGH,
    /** The customer reported that something on their account was not them. */
    URGENT;

    /** The severity of an alert on an attempt the rules decided on. */
    public static AlertSeverity of(RiskDecision decision) {
        return decision == RiskDecision.BLOCK ? HIGH : MEDIUM;
    }
}
