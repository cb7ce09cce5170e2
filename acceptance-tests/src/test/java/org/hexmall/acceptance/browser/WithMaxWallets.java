package org.hexmall.acceptance.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a {@link BrowserFlowTest} class a hexmall whose customers may each have {@link #value} wallets bound at once,
 * as {@code HEXMALL_MAX_WALLETS} sets it, instead of the store's default of one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WithMaxWallets {

    int value();
}
