package org.hexmall.application.service.account;

import java.time.Clock;
import java.time.Instant;
import org.hexmall.application.port.in.account.SignOutOtherDevices;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.account.shared.DeviceRevocation;
import org.hexmall.application.service.account.shared.DeviceTokens;
import org.hexmall.application.service.account.shared.SignOutElsewhere;
import org.hexmall.application.service.shared.StepUpGate;
import org.hexmall.domain.account.Device;
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
            int revoked = 0;
            for (Device device : devices.listFor(command.customer())) {
                if (!device.isRevoked() && !device.tokenHash().equals(thisHash)) {
                    revocation.revoke(device, SecurityEvent.Source.CUSTOMER, command.clientAddress(), now);
                    revoked++;
                }
            }
            Session kept = signOutElsewhere.keepingOnly(command.customer(), command.session(), now);
            return new Result.SignedOut(revoked, kept);
        });
    }
}
