package org.hexmall.application.service.account;

import java.time.Clock;
import java.time.Instant;
import org.hexmall.application.port.in.account.DeviceView;
import org.hexmall.application.port.in.account.RevokeMyDevice;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.account.shared.DeviceRevocation;
import org.hexmall.application.service.account.shared.DeviceTokens;
import org.hexmall.domain.security.SecurityEvent;

/** Looks the device up among the customer's own only, so that no id reaches another customer's device. */
public final class RevokeMyDeviceService implements RevokeMyDevice {

    private final Devices devices;
    private final TransactionRunner transactions;
    private final DeviceTokens deviceTokens;
    private final DeviceRevocation revocation;
    private final Clock clock;

    public RevokeMyDeviceService(Devices devices, TransactionRunner transactions, DeviceTokens deviceTokens,
                                 DeviceRevocation revocation, Clock clock) {
        this.devices = devices;
        this.transactions = transactions;
        this.deviceTokens = deviceTokens;
        this.revocation = revocation;
        this.clock = clock;
    }

    @Override
    public Revocation revoke(Command command) {
        Instant now = clock.instant();
        String thisHash = deviceTokens.hash(command.thisDeviceToken());
        return transactions.inTransaction(() -> devices.find(command.customer(), command.device())
                .filter(device -> !device.isRevoked())
                .<Revocation>map(device -> {
                    if (device.tokenHash().equals(thisHash)) {
                        return new Revocation.ThisDevice();
                    }
                    int ended = revocation.revoke(device, SecurityEvent.Source.CUSTOMER, command.clientAddress(), now);
                    return new Revocation.Revoked(DeviceView.of(device, false), ended);
                })
                .orElseGet(Revocation.NotFound::new));
    }
}
