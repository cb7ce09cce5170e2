package org.hexmall.application.service.account.shared;

import java.time.Instant;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;

/**
 * Takes a device's trust away and ends every session opened on it, for its owner and for customer service alike, and
 * records it among the account's security events.
 */
public final class DeviceRevocation {

    private final Devices devices;
    private final Sessions sessions;
    private final SecurityEvents securityEvents;

    public DeviceRevocation(Devices devices, Sessions sessions, SecurityEvents securityEvents) {
        this.devices = devices;
        this.sessions = sessions;
        this.securityEvents = securityEvents;
    }

    /**
     * Returns how many sessions ended. Call inside a transaction.
     *
     * @param by            who revoked it: the customer from another device, or an agent
     * @param clientAddress where they did it from
     */
    public int revoke(Device device, SecurityEvent.Source by, String clientAddress, Instant now) {
        devices.save(device.revoked(now));
        securityEvents.record(new SecurityEvent(device.customer(), now, SecurityEventKind.DEVICE_REVOKED, by,
                device.name().toString(), clientAddress));
        return sessions.deleteOpenedOn(device.id());
    }
}
