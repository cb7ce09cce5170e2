package org.hexmall.application.service.account.shared;

import java.time.Instant;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.domain.account.Device;

/** Takes a device's trust away and ends every session opened on it, for its owner and for customer service alike. */
public final class DeviceRevocation {

    private final Devices devices;
    private final Sessions sessions;

    public DeviceRevocation(Devices devices, Sessions sessions) {
        this.devices = devices;
        this.sessions = sessions;
    }

    /** Returns how many sessions ended. Call inside a transaction. */
    public int revoke(Device device, Instant now) {
        devices.save(device.revoked(now));
        return sessions.deleteOpenedOn(device.id());
    }
}
