package org.hexmall.adapter.violations;

/**
 * Breaks on purpose "adapters live where the naming scheme puts them": it is neither under adapter.in nor
 * under adapter.out. It exists only for ArchitectureRulesCatchViolationsTest.
 */
public final class AdapterOfNoDirection {
}
