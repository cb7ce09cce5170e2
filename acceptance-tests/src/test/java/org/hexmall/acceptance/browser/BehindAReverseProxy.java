package org.hexmall.acceptance.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a {@link BrowserFlowTest} class a hexmall that trusts the test's own address as a reverse proxy, as
 * {@code HEXMALL_TRUSTED_PROXIES} does: a page that sends {@code X-Forwarded-For} then comes, for the store, from the
 * address it names, so that a test can log in from Beijing and then from Shanghai.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BehindAReverseProxy {
}
