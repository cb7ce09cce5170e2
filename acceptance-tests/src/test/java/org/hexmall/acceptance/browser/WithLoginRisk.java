package org.hexmall.acceptance.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a {@link BrowserFlowTest} class a hexmall whose login rules are other than the store's defaults: failed
 * logins across accounts from one address fire their rule from {@link #failedLoginsFromAddress} on (within 15
 * minutes), and the scores decide between an SMS code, a face check and a block as given. Every browser of a test comes
 * from the same address, so once that many logins failed there, each login of the class is asked for the proof.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WithLoginRisk {

    int failedLoginsFromAddress();

    int faceCheckScore() default 70;

    int blockScore() default 100;
}
