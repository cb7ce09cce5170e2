package org.hexmall.application.service.payment.violations;

import org.hexmall.application.port.in.health.CheckHealth;
import org.hexmall.application.port.in.session.PurgeEndedSessions;

/**
 * Breaks on purpose "use-case services are named so and keep one in-port": one service keeps two use cases.
 * It exists only for ArchitectureRulesCatchViolationsTest.
 */
public final class HealthAndSessionsService implements CheckHealth, PurgeEndedSessions {

    @Override
    public boolean isHealthy() {
        return true;
    }

    @Override
    public int purge() {
        return 0;
    }
}
