package org.hexmall.application.service.checkout.shared;

import java.time.Duration;

/**
 * The rules checkout runs by, chosen in the composition root.
 *
 * @param unpaidOrderTimeout how long an order waits for payment before it closes
 */
public record CheckoutSettings(Duration unpaidOrderTimeout) {

    public static final CheckoutSettings STANDARD = new CheckoutSettings(Duration.ofMinutes(30));

    public CheckoutSettings {
        if (unpaidOrderTimeout.isNegative() || unpaidOrderTimeout.isZero()) {
            throw new IllegalArgumentException("an order waits some time for payment");
        }
    }
}
