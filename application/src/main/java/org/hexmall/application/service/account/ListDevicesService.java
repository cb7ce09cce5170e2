package org.hexmall.application.service.account;

import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.account.DeviceView;
import org.hexmall.application.port.in.account.ListDevices;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.account.shared.DeviceTokens;
import org.hexmall.domain.account.CustomerId;

public final class ListDevicesService implements ListDevices {

    private final Devices devices;
    private final TransactionRunner transactions;
    private final DeviceTokens deviceTokens;

    public ListDevicesService(Devices devices, TransactionRunner transactions, DeviceTokens deviceTokens) {
        this.devices = devices;
        this.transactions = transactions;
        this.deviceTokens = deviceTokens;
    }

    @Override
    public List<DeviceView> list(CustomerId customer, Optional<String> thisDeviceToken) {
        Optional<String> thisHash = thisDeviceToken.map(deviceTokens::hash);
        return transactions.inTransaction(() -> devices.listFor(customer)).stream()
                .map(device -> DeviceView.of(device, thisHash.filter(device.tokenHash()::equals).isPresent()))
                .toList();
    }
}
