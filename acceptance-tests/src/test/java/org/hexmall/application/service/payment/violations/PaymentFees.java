package org.hexmall.application.service.payment.violations;

/**
 * Breaks on purpose "use-case services are named so and keep one in-port": a helper among the use cases,
 * not in a shared package. It exists only for ArchitectureRulesCatchViolationsTest.
 */
public final class PaymentFees {
}
