package org.hexmall.adapter.out.wallet.simulated.violations;

import org.hexmall.simulator.wallet.WalletSimulator;

/**
 * Breaks on purpose "adapters reach the wallet simulator through its API only": a gateway class holds the
 * whole simulation. It exists only for ArchitectureRulesCatchViolationsTest.
 */
public final class GatewayReachingPastTheApi {

    WalletSimulator simulation;
}
