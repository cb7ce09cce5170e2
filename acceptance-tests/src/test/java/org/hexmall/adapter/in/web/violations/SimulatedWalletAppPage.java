package org.hexmall.adapter.in.web.violations;

/**
 * Breaks on purpose "the simulators live outside the adapters" once ArchitectureRulesCatchViolationsTest copies
 * it into a simulator module's build directory: a simulated wallet app's page filed as a driving adapter.
 */
public final class SimulatedWalletAppPage {
}
