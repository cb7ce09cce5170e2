package org.hexmall.application.service.account;

import java.time.Clock;
import java.util.Optional;
import org.hexmall.application.port.in.account.FindNewDeviceLogin;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.account.shared.DeviceTokens;
import org.hexmall.application.service.account.shared.LoginSettings;

public final class FindNewDeviceLoginService implements FindNewDeviceLogin {

    private final Customers customers;
    private final Devices devices;
    private final TransactionRunner transactions;
    private final DeviceTokens deviceTokens;
    private final LoginSettings settings;
    private final Clock clock;

    public FindNewDeviceLoginService(Customers customers, Devices devices, TransactionRunner transactions,
                                     DeviceTokens deviceTokens, LoginSettings settings, Clock clock) {
        this.customers = customers;
        this.devices = devices;
        this.transactions = transactions;
        this.deviceTokens = deviceTokens;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Optional<String> waitingOn(String deviceToken) {
        String tokenHash = deviceTokens.hash(deviceToken);
        return transactions.inTransaction(() -> devices.findAwaitingCode(tokenHash)
                .filter(device -> device.isAwaitingCodeAt(clock.instant(), settings.newDeviceWait()))
                .flatMap(device -> customers.findById(device.customer()))
                .map(customer -> customer.phone().masked()));
    }
}
