package org.hexmall.application.service.account.shared;

import org.hexmall.application.port.out.security.SecretHasher;
import org.hexmall.domain.account.Device;

/** Turns a device cookie into the keyed hash its device is stored under; the cookie itself is never kept. */
public final class DeviceTokens {

    private final SecretHasher hasher;

    public DeviceTokens(SecretHasher hasher) {
        this.hasher = hasher;
    }

    public String hash(String deviceToken) {
        return hasher.hash("device " + deviceToken);
    }

    /**
     * A seal only the store can make, binding a face check to the login waiting on a device (the device and when its
     * password was typed) and to the customer's choice to trust the device, so that the browser carrying it cannot
     * swap in another check.
     */
    public String faceCheckSeal(String reference, boolean trust, Device device) {
        return hasher.hash(faceCheckSealed(reference, trust, device));
    }

    /** True when {@code seal} is the one {@link #faceCheckSeal} made for these. */
    public boolean isFaceCheckSeal(String seal, String reference, boolean trust, Device device) {
        return hasher.matches(faceCheckSealed(reference, trust, device), seal);
    }

    private static String faceCheckSealed(String reference, boolean trust, Device device) {
        return "login face check " + reference + " " + trust + " " + device.tokenHash() + " "
                + device.codeRequestedSince();
    }
}
