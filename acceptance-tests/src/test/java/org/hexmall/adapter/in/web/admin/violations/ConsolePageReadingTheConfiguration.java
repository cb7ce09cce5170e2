package org.hexmall.adapter.in.web.admin.violations;

import org.hexmall.bootstrap.HexmallConfig;

/**
 * Breaks on purpose "nothing but the composition root depends on it": a console page reads the application's
 * configuration. It exists only for ArchitectureRulesCatchViolationsTest.
 */
public final class ConsolePageReadingTheConfiguration {

    HexmallConfig config;
}
