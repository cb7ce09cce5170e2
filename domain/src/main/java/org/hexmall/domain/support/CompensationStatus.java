package org.hexmall.domain.support;

/** Where an agent's compensation of a customer stands. */
public enum CompensationStatus {
    /** Within the agent's daily limit: the customer had it at once. */
    GRANTED,
    /** Above the agent's daily limit: only a request until a supervisor decides. */
    PENDING,
    /** A supervisor approved the request: the customer has it. */
    APPROVED,
    /** A supervisor rejected the request: the customer got nothing. */
    REJECTED;

    /** Whether the customer got what was asked for. */
    public boolean reachedTheCustomer() {
        return this == GRANTED || this == APPROVED;
    }
}
