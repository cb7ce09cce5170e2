package org.hexmall.violations;

import org.hexmall.adapter.in.web.shop.ProductImages;
import org.hexmall.adapter.out.crypto.SecureRandomTokens;

/**
 * Breaks on purpose "only the composition root depends on more than one adapter": it wires two adapters
 * outside bootstrap. It exists only for ArchitectureRulesCatchViolationsTest, which the real rules never see.
 */
public final class SecondCompositionRoot {

    ProductImages storefrontImages;
    SecureRandomTokens tokens;
}
