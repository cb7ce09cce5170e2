package org.hexmall.adapter.in.web.shop.violations;

import org.hexmall.simulator.sms.SmsOutbox;

/**
 * Breaks on purpose "only the simulated gateways know a simulator": a storefront page reads the simulated
 * phone's outbox. It exists only for ArchitectureRulesCatchViolationsTest.
 */
public final class StorefrontShowingTheSimulatedPhone {

    SmsOutbox phone;
}
