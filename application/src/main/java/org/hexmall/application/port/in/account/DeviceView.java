package org.hexmall.application.port.in.account;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.account.DeviceName;

/**
 * One line of a customer's "Login devices".
 *
 * @param trustedSince empty when the device is not trusted
 * @param thisDevice   true for the device the list is looked at on
 */
public record DeviceView(DeviceId id, DeviceName name, Instant firstSeenAt, Instant lastSeenAt,
                         String lastClientAddress, Optional<Instant> trustedSince, boolean thisDevice) {

    public static DeviceView of(Device device, boolean thisDevice) {
        return new DeviceView(device.id(), device.name(), device.firstSeenAt(), device.lastSeenAt(),
                device.lastClientAddress(), Optional.ofNullable(device.trustedSince()), thisDevice);
    }

    public boolean trusted() {
        return trustedSince.isPresent();
    }
}
