package org.hexmall.adapter.in.web.shop.violations;

import org.hexmall.application.port.out.persistence.Payments;

/**
 * Breaks on purpose "driving adapters never use out-ports": a storefront page reads the payments' storage
 * instead of asking a use case. It exists only for ArchitectureRulesCatchViolationsTest.
 */
public final class StorefrontPageReadingPaymentsDirectly {

    Payments payments;
}
