package org.hexmall.application.service.shared.violations;

import org.hexmall.application.port.in.health.CheckHealth;

/**
 * Breaks on purpose "helpers are no use-case services": a use case hidden in a shared package. It exists only
 * for ArchitectureRulesCatchViolationsTest.
 */
public final class CheckHealthAmongTheHelpers implements CheckHealth {

    @Override
    public boolean isHealthy() {
        return true;
    }
}
