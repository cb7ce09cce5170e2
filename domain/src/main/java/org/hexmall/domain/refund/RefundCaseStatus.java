package org.hexmall.domain.refund;

/**
 * Where a refund case stands. A customer's request waits for an agent, who takes it or declines it; a refund that
 * needs a second person waits for a supervisor, who approves or rejects it; an approved refund is with the wallet
 * provider until it has given the money back.
 */
public enum RefundCaseStatus {
    /** Asked for by the customer; no agent has taken or declined it yet. */
    REQUESTED,
    /** The customer's request was declined; the agent's explanation is shown to the customer. */
    DECLINED,
    /** Waits for a supervisor other than the agent who asked for it. */
    AWAITING_APPROVAL,
    /** A supervisor rejected it, with a reason. */
    REJECTED,
    /** Sent to the wallet provider, which has not given the money back yet; retried until it has. */
    REFUNDING,
    /** The money is back in the customer's wallet. */
    REFUNDED,
    /**
     * The wallet provider refused the refund outright (more than is left, unknown payment…); never sent again. Its
     * items may be refunded by another case; customer service contacts the customer.
     */
    FAILED;

    /** Whether the case holds on to its items, so that no other case may refund them too. */
    public boolean holdsItems() {
        return this != DECLINED && this != REJECTED && this != FAILED;
    }

    /** Whether the money of the case went, or is going, to the provider. */
    public boolean isSentToProvider() {
        return this == REFUNDING || this == REFUNDED;
    }

    /**
     * Whether the case's money counts with a later refund of the same payment against the approval thresholds: it
     * went back, is on its way, or waits for a supervisor. A declined request, a rejected or a failed refund gave
     * nothing back; a customer's request counts once an agent takes it, against the refunds taken before it.
     */
    public boolean countsTowardApproval() {
        return isSentToProvider() || this == AWAITING_APPROVAL;
    }
}
