package org.hexmall.simulator.violations;

import org.hexmall.adapter.in.web.common.DisplayMoney;

/**
 * Breaks on purpose "simulators know neither the adapters nor the application": a simulator page borrows the
 * store's web plumbing. It exists only for ArchitectureRulesCatchViolationsTest.
 */
public final class SimulatorUsingTheWebPlumbing {

    DisplayMoney money;
}
