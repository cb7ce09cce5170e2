package org.hexmall.application.service.account.shared;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.out.notification.LoginNotices;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.service.session.shared.SessionRotation;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;

/**
 * A login held on its device goes ahead once the customer has proved it is them there, with the code sent to their
 * phone or with a face check: the device is known again (and trusted, if they asked), the login and its proof join
 * the account's history, the alert that asked for the proof says it was given, and a session opens on a new id. Then
 * the phone is told by SMS that a new device logged in.
 */
public final class NewDeviceSignIn {

    private final Devices devices;
    private final LoginHistory loginHistory;
    private final SecurityEvents securityEvents;
    private final SessionRotation sessionRotation;
    private final LoginStepUps loginStepUps;
    private final LoginNotices notices;

    public NewDeviceSignIn(Devices devices, LoginHistory loginHistory, SecurityEvents securityEvents,
                           SessionRotation sessionRotation, LoginStepUps loginStepUps, LoginNotices notices) {
        this.devices = devices;
        this.loginHistory = loginHistory;
        this.securityEvents = securityEvents;
        this.sessionRotation = sessionRotation;
        this.loginStepUps = loginStepUps;
        this.notices = notices;
    }

    /**
     * Signs the customer in on the device they proved it is them on. Call inside the transaction that checked the
     * proof.
     *
     * @param trust         the customer asked to trust the device from now on
     * @param freshTokenHash the hash of the cookie the browser is given as the device is trusted, which the device is
     *                      known by from then on; empty to keep the one it has
     * @param clientAddress where the customer gave the proof, for the device's events in their activity; "" for the
     *                      address the password was typed at
     * @return the device as it is now, and the new session
     */
    public Proven signIn(Customer customer, Device device, boolean trust, Optional<String> freshTokenHash,
                         SessionId visitor, String clientAddress, Instant now) {
        String provedAt = provedAt(device, clientAddress);
        Device verified = freshTokenHash.filter(hash -> trust)
                .map(hash -> device.verified(true, now).knownBy(hash))
                .orElseGet(() -> device.verified(trust, now));
        devices.save(verified);
        loginStepUps.ended(device, AlertOutcome.VERIFIED);
        loginHistory.record(new LoginRecord(verified.customer(), now, LoginOutcome.SUCCEEDED,
                verified.lastClientAddress()));
        record(verified, SecurityEventKind.NEW_DEVICE_VERIFIED, provedAt, now);
        if (verified.isTrusted() && !device.isTrusted()) {
            record(verified, SecurityEventKind.DEVICE_TRUSTED, provedAt, now);
        }
        Session session = sessionRotation.signIn(visitor, new Principal.Customer(customer.id()), verified.id(), now);
        return new Proven(customer, verified, now, session);
    }

    /** Where the proof was given on the device: the address named, or else the one the password was typed at. */
    public static String provedAt(Device device, String clientAddress) {
        return clientAddress == null || clientAddress.isEmpty() ? device.lastClientAddress() : clientAddress;
    }

    /** Tells the phone of the login, once the transaction that signed in has committed. */
    public void tellThePhone(Proven proven) {
        notices.newDeviceLogin(proven.customer().phone(), proven.device().name(), proven.at(),
                proven.session().language());
    }

    /** A login that went ahead on a device, with what its SMS says. */
    public record Proven(Customer customer, Device device, Instant at, Session session) {
    }

    private void record(Device device, SecurityEventKind kind, String clientAddress, Instant now) {
        securityEvents.record(new SecurityEvent(device.customer(), now, kind, SecurityEvent.Source.CUSTOMER,
                device.name().toString(), clientAddress));
    }
}
