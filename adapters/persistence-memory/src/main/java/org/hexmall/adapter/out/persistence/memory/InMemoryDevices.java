package org.hexmall.adapter.out.persistence.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.account.DeviceId;

/** Devices in memory, by id. */
public final class InMemoryDevices implements Devices {

    private final StoreLock lock;
    private final Map<DeviceId, Device> byId = new LinkedHashMap<>();

    InMemoryDevices(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void save(Device device) {
        lock.run(() -> byId.put(device.id(), device));
    }

    @Override
    public Optional<Device> findByToken(CustomerId customer, String tokenHash) {
        return lock.call(() -> byId.values().stream()
                .filter(device -> device.customer().equals(customer) && device.tokenHash().equals(tokenHash))
                .findFirst());
    }

    @Override
    public Optional<Device> find(CustomerId customer, DeviceId id) {
        return lock.call(() -> Optional.ofNullable(byId.get(id)).filter(device -> device.customer().equals(customer)));
    }

    @Override
    public Optional<Device> findAwaitingCode(String tokenHash) {
        return lock.call(() -> byId.values().stream()
                .filter(device -> device.tokenHash().equals(tokenHash) && device.codeRequestedSince() != null)
                .max(Comparator.comparing(Device::codeRequestedSince)));
    }

    @Override
    public void abandonWaitingLogins(CustomerId customer) {
        lock.run(() -> byId.replaceAll((id, device) -> device.customer().equals(customer)
                && device.codeRequestedSince() != null ? device.codeAbandoned() : device));
    }

    @Override
    public List<Device> listFor(CustomerId customer) {
        return lock.call(() -> byId.values().stream()
                .filter(device -> device.customer().equals(customer) && !device.isRevoked())
                .sorted(Comparator.comparing(Device::lastSeenAt).reversed())
                .limit(LIST_LIMIT)
                .toList());
    }

    @Override
    public boolean hasTrustedAny(CustomerId customer) {
        return lock.call(() -> byId.values().stream()
                .anyMatch(device -> device.customer().equals(customer) && (device.isTrusted() || device.isRevoked())));
    }

    RestorePoint restorePoint() {
        Map<DeviceId, Device> saved = new LinkedHashMap<>(byId);
        return () -> {
            byId.clear();
            byId.putAll(saved);
        };
    }
}
