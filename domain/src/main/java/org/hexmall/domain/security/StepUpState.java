package org.hexmall.domain.security;

/**
 * Where a step-up stands. {@code PENDING} waits for the factor; it then {@code PASSED} or {@code FAILED}; a passed
 * one is {@code CONSUMED} by the one action it was for. A pending or passed step-up left too long is
 * {@code EXPIRED}: that state is read off the clock ({@link StepUp#stateAt}), never stored.
 */
public enum StepUpState {
    PENDING,
    PASSED,
    FAILED,
    EXPIRED,
    CONSUMED
}
