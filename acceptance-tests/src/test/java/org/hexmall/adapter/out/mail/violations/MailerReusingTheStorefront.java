package org.hexmall.adapter.out.mail.violations;

import org.hexmall.adapter.in.web.shop.ProductImages;

/**
 * Breaks on purpose "adapters never depend on each other": an adapter that no list names (a mailer) reaches
 * into the storefront. It exists only for ArchitectureRulesCatchViolationsTest, which the real rules never see.
 */
public final class MailerReusingTheStorefront {

    ProductImages storefrontImages;
}
