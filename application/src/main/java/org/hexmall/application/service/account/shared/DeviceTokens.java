package org.hexmall.application.service.account.shared;

import org.hexmall.application.port.out.security.SecretHasher;

/** Turns a device cookie into the keyed hash its device is stored under; the cookie itself is never kept. */
public final class DeviceTokens {

    private final SecretHasher hasher;

    public DeviceTokens(SecretHasher hasher) {
        this.hasher = hasher;
    }

    public String hash(String deviceToken) {
        return hasher.hash("device " + deviceToken);
    }
}
