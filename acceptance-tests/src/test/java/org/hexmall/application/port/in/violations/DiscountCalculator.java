package org.hexmall.application.port.in.violations;

/**
 * Breaks on purpose "in-ports hold only contracts": behaviour in an in-port package. It exists only for
 * ArchitectureRulesCatchViolationsTest.
 */
public final class DiscountCalculator {

    public long discountedCents(long cents) {
        return cents * 9 / 10;
    }
}
