package org.hexmall.application.service.account.shared;

import java.time.Duration;
import java.util.Objects;
import org.hexmall.domain.security.AddressThrottlePolicy;

/**
 * The rules of a customer's login that a deployment may change.
 *
 * @param addressThrottle how many wrong passwords from one client address lock it out
 * @param newDeviceWait   how long after the right password a new device may still finish the login with a code
 */
public record LoginSettings(AddressThrottlePolicy addressThrottle, Duration newDeviceWait) {

    public static final LoginSettings STANDARD = new LoginSettings(AddressThrottlePolicy.STANDARD,
            Duration.ofMinutes(10));

    public LoginSettings {
        Objects.requireNonNull(addressThrottle, "addressThrottle");
        if (newDeviceWait == null || newDeviceWait.isNegative() || newDeviceWait.isZero()) {
            throw new IllegalArgumentException("newDeviceWait must be positive");
        }
    }

    public LoginSettings withAddressThrottle(AddressThrottlePolicy policy) {
        return new LoginSettings(policy, newDeviceWait);
    }
}
