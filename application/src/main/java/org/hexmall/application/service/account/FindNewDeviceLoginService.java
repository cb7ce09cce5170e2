package org.hexmall.application.service.account;

import java.time.Clock;
import java.util.Optional;
import org.hexmall.application.port.in.account.FindNewDeviceLogin;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.VerificationCodes;
import org.hexmall.application.service.account.shared.DeviceTokens;
import org.hexmall.application.service.account.shared.LoginSettings;
import org.hexmall.application.service.account.shared.LoginStepUps;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.security.CodePurpose;

/** The login waiting on a device, for the page that asks for its proof. */
public final class FindNewDeviceLoginService implements FindNewDeviceLogin {

    private final Customers customers;
    private final Devices devices;
    private final TransactionRunner transactions;
    private final DeviceTokens deviceTokens;
    private final LoginSettings settings;
    private final LoginStepUps loginStepUps;
    private final VerificationCodes codes;
    private final Clock clock;

    public FindNewDeviceLoginService(Customers customers, Devices devices, TransactionRunner transactions,
                                     DeviceTokens deviceTokens, LoginSettings settings, LoginStepUps loginStepUps,
                                     VerificationCodes codes, Clock clock) {
        this.loginStepUps = loginStepUps;
        this.codes = codes;
        this.customers = customers;
        this.devices = devices;
        this.transactions = transactions;
        this.deviceTokens = deviceTokens;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Optional<WaitingLogin> waitingOn(String deviceToken) {
        String tokenHash = deviceTokens.hash(deviceToken);
        return transactions.inTransaction(() -> waiting(tokenHash).flatMap(device ->
                customers.findById(device.customer()).map(customer -> new WaitingLogin(customer.phone().masked(),
                        !codes.sentSince(customer.phone(), CodePurpose.NEW_DEVICE_LOGIN, device.codeRequestedSince())
                                .isEmpty()))));
    }

    @Override
    public boolean asksForFace(String deviceToken) {
        String tokenHash = deviceTokens.hash(deviceToken);
        return transactions.inTransaction(() -> waiting(tokenHash).filter(loginStepUps::asksForFace).isPresent());
    }

    private Optional<Device> waiting(String tokenHash) {
        return devices.findAwaitingCode(tokenHash)
                .filter(device -> device.isAwaitingCodeAt(clock.instant(), settings.newDeviceWait()));
    }
}
