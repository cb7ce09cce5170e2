package org.hexmall.application.service.account;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hexmall.application.port.in.account.SignOutOtherDevices;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.account.shared.DeviceRevocation;
import org.hexmall.application.service.account.shared.DeviceTokens;
import org.hexmall.application.service.account.shared.SignOutElsewhere;
import org.hexmall.application.service.shared.StepUpGate;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.StepUpAction;

/**
 * Uses up the step-up, revokes every other device (each a DEVICE_REVOKED event, its sessions ended), then ends any
 * session left (one opened with no device, such as an API token) and keeps the asker signed in on a new session id,
 * all in one transaction.
 */
public final class SignOutOtherDevicesService implements SignOutOtherDevices {

    private final Devices devices;
    private final TransactionRunner transactions;
    private final DeviceTokens deviceTokens;
    private final DeviceRevocation revocation;
    private final SignOutElsewhere signOutElsewhere;
    private final StepUpGate stepUps;
    private final Clock clock;

    public SignOutOtherDevicesService(Devices devices, TransactionRunner transactions, DeviceTokens deviceTokens,
                                      DeviceRevocation revocation, SignOutElsewhere signOutElsewhere,
                                      StepUpGate stepUps, Clock clock) {
        this.devices = devices;
        this.transactions = transactions;
        this.deviceTokens = deviceTokens;
        this.revocation = revocation;
        this.signOutElsewhere = signOutElsewhere;
        this.stepUps = stepUps;
        this.clock = clock;
    }

    @Override
    public Result signOut(Command command) {
        Instant now = clock.instant();
        String thisHash = deviceTokens.hash(command.thisDeviceToken());
        return transactions.inTransaction(() -> {
            if (!stepUps.consume(command.customer(), StepUpAction.REVOKE_ALL_DEVICES)) {
                return new Result.StepUpNeeded();
            }
            // The store lists a bounded page of the devices not revoked: each pass revokes the others on it, so the
            // next lists the ones beyond it, until only this device is left, however many the account had.
            // A device is revoked once, even should the store list it again.
            Set<DeviceId> revoked = new HashSet<>();
            List<Device> others = othersThan(thisHash, command, revoked);
            while (!others.isEmpty()) {
                for (Device device : others) {
                    revocation.revoke(device, SecurityEvent.Source.CUSTOMER, command.clientAddress(), now);
                    revoked.add(device.id());
                }
                others = othersThan(thisHash, command, revoked);
            }
            Session kept = signOutElsewhere.keepingOnly(command.customer(), command.session(), now);
            return new Result.SignedOut(revoked.size(), kept);
        });
    }

    /** The customer's devices on the store's first page that are neither revoked nor the one asking. */
    private List<Device> othersThan(String thisHash, Command command, Set<DeviceId> revokedAlready) {
        return devices.listFor(command.customer()).stream()
                .filter(device -> !device.isRevoked() && !device.tokenHash().equals(thisHash))
                .filter(device -> !revokedAlready.contains(device.id()))
                .toList();
    }
}
