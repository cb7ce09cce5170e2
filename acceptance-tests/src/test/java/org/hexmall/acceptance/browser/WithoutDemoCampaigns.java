package org.hexmall.acceptance.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a browser test class whose flows are about paying itself (wallet failures, payment records, risk checks), so
 * that the demo store's wallet offers do not change the amounts it reads: {@link BrowserFlowExtension} pauses every
 * demo campaign before the class's first test, as a supervisor could. Promotions are proved by their own classes,
 * with the demo campaigns running or with campaigns of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface WithoutDemoCampaigns {
}
