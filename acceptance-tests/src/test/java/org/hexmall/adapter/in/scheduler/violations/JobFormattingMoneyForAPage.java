package org.hexmall.adapter.in.scheduler.violations;

import org.hexmall.adapter.in.web.common.DisplayMoney;

/**
 * Breaks on purpose "only the web adapters use the shared web plumbing": a scheduled job borrows the pages'
 * money format. It exists only for ArchitectureRulesCatchViolationsTest.
 */
public final class JobFormattingMoneyForAPage {

    DisplayMoney money;
}
