package org.hexmall.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One browser a customer logged in from, known by the long-lived device cookie it carries. Only a keyed hash of the
 * cookie is kept. A device the customer trusts logs in with the password alone; any other must first prove the
 * account's phone with a code, and is then trusted only if the customer ticks "trust this device". Revoking a device
 * ends its trust (and, through the sessions it opened, its sessions); it keeps its record so that the account is still
 * known to have trusted a device, and a login from it is a new device's again.
 *
 * @param tokenHash          a keyed hash of the device cookie; the cookie itself is never stored
 * @param lastClientAddress  where the device last logged in from
 * @param trustedSince       when the customer trusted it; {@code null} when not trusted
 * @param codeRequestedSince when the right password was typed on it and a code asked for; {@code null} when none is
 * @param revokedAt          when its trust was taken away; {@code null} unless it was revoked since its last login
 * @param trustedWithCode    it is trusted because the customer proved the account's phone with a code on it and ticked
 *                           "trust this device", not because it was the account's first device
 */
public record Device(
        DeviceId id,
        CustomerId customer,
        String tokenHash,
        DeviceName name,
        Instant firstSeenAt,
        Instant lastSeenAt,
        String lastClientAddress,
        Instant trustedSince,
        Instant codeRequestedSince,
        Instant revokedAt,
        boolean trustedWithCode) {

    public Device {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(lastClientAddress, "lastClientAddress");
    }

    /** A device the customer's right password was typed on for the first time. */
    public static Device firstSeen(DeviceId id, CustomerId customer, String tokenHash, DeviceName name,
                                   String clientAddress, Instant now) {
        return new Device(id, customer, tokenHash, name, now, now, clientAddress, null, null, null, false);
    }

    public boolean isTrusted() {
        return trustedSince != null;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** The right password was typed on it again: it is seen, under the name its browser gives now. */
    public Device seenAgain(DeviceName currentName, String clientAddress, Instant now) {
        return new Device(id, customer, tokenHash, currentName, firstSeenAt, now, clientAddress, trustedSince,
                codeRequestedSince, revokedAt, trustedWithCode);
    }

    /** The customer trusts it from now on: the first device of an account, trusted without a code. */
    public Device trusted(Instant now) {
        return new Device(id, customer, tokenHash, name, firstSeenAt, lastSeenAt, lastClientAddress,
                isTrusted() ? trustedSince : now, null, null, trustedWithCode);
    }

    /** The customer proved the account's phone with a code on it and ticked "trust this device". */
    private Device trustedAfterCode(Instant now) {
        return isTrusted() ? trusted(now) : new Device(id, customer, tokenHash, name, firstSeenAt, lastSeenAt,
                lastClientAddress, now, null, null, true);
    }

    /** A code was sent to the account's phone to let it log in. */
    public Device awaitingCode(Instant now) {
        return new Device(id, customer, tokenHash, name, firstSeenAt, lastSeenAt, lastClientAddress, trustedSince,
                now, revokedAt, trustedWithCode);
    }

    /** True while a code asked for less than {@code lifetime} ago may still let it log in. */
    public boolean isAwaitingCodeAt(Instant now, Duration lifetime) {
        return codeRequestedSince != null && now.isBefore(codeRequestedSince.plus(lifetime));
    }

    /**
     * The code was right: the login goes ahead, and the device is trusted from now on only if the customer asked.
     * A device once revoked is simply known again.
     */
    public Device verified(boolean trust, Instant now) {
        Device known = new Device(id, customer, tokenHash, name, firstSeenAt, now, lastClientAddress, trustedSince,
                null, null, trustedWithCode);
        return trust ? known.trustedAfterCode(now) : known;
    }

    /**
     * The same device known from now on by another cookie, which the browser was just given: a device is trusted
     * under a cookie hexmall chose at that moment, never under one it was brought, which someone else may have set.
     */
    public Device knownBy(String newTokenHash) {
        return new Device(id, customer, newTokenHash, name, firstSeenAt, lastSeenAt, lastClientAddress, trustedSince,
                codeRequestedSince, revokedAt, trustedWithCode);
    }

    /** The code was used up or ran out: the password must be typed again. */
    public Device codeAbandoned() {
        return new Device(id, customer, tokenHash, name, firstSeenAt, lastSeenAt, lastClientAddress, trustedSince,
                null, revokedAt, trustedWithCode);
    }

    /** Its trust is taken away, by its owner from another device or by customer service. */
    public Device revoked(Instant now) {
        return new Device(id, customer, tokenHash, name, firstSeenAt, lastSeenAt, lastClientAddress, null, null, now,
                false);
    }
}
