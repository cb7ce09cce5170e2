package org.hexmall.domain.risk;

/** What the customer was asked, and how it ended, as far as the store knows. */
public enum AlertOutcome {
    /** The attempt was refused; the customer was told to contact customer service. */
    REFUSED,
    /**
     * The customer was asked to prove it is them; no answer yet. Past {@link RiskAlert#ANSWERABLE_FOR} none can come:
     * the alert {@linkplain RiskAlert#isAbandonedAt is abandoned}, and housekeeping stores {@link #ABANDONED}.
     */
    VERIFICATION_ASKED,
    /** The customer proved it is them, and the attempt went ahead. */
    VERIFIED,
    /** The proof failed or was abandoned; the attempt did not go ahead. */
    VERIFICATION_FAILED,
    /** The customer's report froze the account at once. */
    ACCOUNT_FROZEN,
    /** The customer was asked to prove it is them and never did, and can no longer: the attempt did not go ahead. */
    ABANDONED;

    /** What the customer is asked at first, for the rules' decision. */
    public static AlertOutcome firstFor(RiskDecision decision) {
        return decision == RiskDecision.BLOCK ? REFUSED : VERIFICATION_ASKED;
    }
}
