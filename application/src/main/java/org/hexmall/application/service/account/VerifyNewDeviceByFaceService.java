package org.hexmall.application.service.account;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.account.VerifyNewDeviceByFace;
import org.hexmall.application.port.out.face.FaceCheck;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.account.shared.DeviceTokens;
import org.hexmall.application.service.account.shared.LoginSettings;
import org.hexmall.application.service.account.shared.LoginStepUps;
import org.hexmall.application.service.account.shared.NewDeviceSignIn;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.shared.Language;

/**
 * The face check of a login the risk rules held for one. The store keeps no record of the check: the browser carries
 * its reference in a ticket sealed to the waiting login ({@link DeviceTokens#faceCheckSeal}), and the store asks the
 * face-check service, not the browser, how that check ended. The service is called between transactions, never inside
 * one; what it answered is applied to the login as stored then.
 */
public final class VerifyNewDeviceByFaceService implements VerifyNewDeviceByFace {

    private final Customers customers;
    private final Devices devices;
    private final SecurityEvents securityEvents;
    private final TransactionRunner transactions;
    private final DeviceTokens deviceTokens;
    private final LoginStepUps loginStepUps;
    private final NewDeviceSignIn signIn;
    private final FaceCheck faceCheck;
    private final LoginSettings settings;
    private final Clock clock;

    public VerifyNewDeviceByFaceService(Customers customers, Devices devices, SecurityEvents securityEvents,
                                        TransactionRunner transactions, DeviceTokens deviceTokens,
                                        LoginStepUps loginStepUps, NewDeviceSignIn signIn, FaceCheck faceCheck,
                                        LoginSettings settings, Clock clock) {
        this.customers = customers;
        this.devices = devices;
        this.securityEvents = securityEvents;
        this.transactions = transactions;
        this.deviceTokens = deviceTokens;
        this.loginStepUps = loginStepUps;
        this.signIn = signIn;
        this.faceCheck = faceCheck;
        this.settings = settings;
        this.clock = clock;
    }

    /** A login waiting on a device for a face check, with its customer. */
    private record Waiting(Device device, Customer customer) {
    }

    /** A ticket as the browser brought it back: the check's reference, the trust asked for, and the seal. */
    private record Ticket(String reference, boolean trust, String seal) {

        static Optional<Ticket> parse(String ticket) {
            String[] parts = ticket == null ? new String[0] : ticket.split("\\.", 3);
            if (parts.length != 3 || parts[0].isEmpty() || !parts[1].matches("trust|once")) {
                return Optional.empty();
            }
            return Optional.of(new Ticket(parts[0], parts[1].equals("trust"), parts[2]));
        }

        static String of(String reference, boolean trust, String seal) {
            return reference + "." + (trust ? "trust" : "once") + "." + seal;
        }
    }

    @Override
    public FaceCheckStart open(String deviceToken, boolean trust, URI returnTo, Language language) {
        String tokenHash = deviceTokens.hash(deviceToken);
        Optional<Waiting> waiting = transactions.inTransaction(() -> waitingOn(tokenHash, clock.instant())
                .filter(found -> loginStepUps.asksForFace(found.device())));
        if (waiting.isEmpty()) {
            return new StartAgain();
        }
        return switch (faceCheck.start(waiting.get().customer().id(), returnTo, language)) {
            case FaceCheck.ServiceUnavailable unavailable -> new ServiceUnavailable();
            case FaceCheck.Started started -> new Opened(started.page(), Ticket.of(started.reference(), trust,
                    deviceTokens.faceCheckSeal(started.reference(), trust, waiting.get().device())));
        };
    }

    private record Outcome(FaceLogin result, Optional<NewDeviceSignIn.Proven> proven) {
    }

    @Override
    public FaceLogin finish(String deviceToken, String presented, SessionId visitor, String clientAddress,
                            Optional<String> freshDeviceToken) {
        String tokenHash = deviceTokens.hash(deviceToken);
        Optional<Waiting> waiting = transactions.inTransaction(() -> waitingOn(tokenHash, clock.instant()));
        if (waiting.isEmpty()) {
            return new StartAgain();
        }
        Optional<Ticket> ticket = Ticket.parse(presented).filter(found -> deviceTokens.isFaceCheckSeal(found.seal(),
                found.reference(), found.trust(), waiting.get().device()));
        if (ticket.isEmpty()) {
            return new NotFinished();
        }
        FaceCheck.Outcome answer = faceCheck.outcome(ticket.get().reference());
        Outcome outcome = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<Waiting> still = waitingOn(tokenHash, now)
                    .filter(found -> found.device().codeRequestedSince()
                            .equals(waiting.get().device().codeRequestedSince()));
            if (still.isEmpty()) {
                return new Outcome(new StartAgain(), Optional.empty());
            }
            Device device = still.get().device();
            return switch (answer) {
                case MATCHED -> {
                    NewDeviceSignIn.Proven proven = signIn.signIn(still.get().customer(), device,
                            ticket.get().trust(), freshDeviceToken.map(deviceTokens::hash), visitor, clientAddress,
                            now);
                    yield new Outcome(new SignedIn(proven.session(), ticket.get().trust()
                            && freshDeviceToken.isPresent()), Optional.of(proven));
                }
                case NOT_MATCHED -> {
                    loginStepUps.ended(device, AlertOutcome.VERIFICATION_FAILED);
                    devices.save(device.codeAbandoned());
                    securityEvents.record(new SecurityEvent(device.customer(), now, SecurityEventKind.STEP_UP_FAILED,
                            SecurityEvent.Source.CUSTOMER, "LOGIN · FACE",
                            NewDeviceSignIn.provedAt(device, clientAddress)));
                    yield new Outcome(new NotMatched(), Optional.empty());
                }
                case CAMERA_UNAVAILABLE -> new Outcome(new CameraUnavailable(), Optional.empty());
                case PENDING -> new Outcome(new NotFinished(), Optional.empty());
                case UNKNOWN -> new Outcome(new ServiceUnavailable(), Optional.empty());
            };
        });
        outcome.proven().ifPresent(signIn::tellThePhone);
        return outcome.result();
    }

    /** The login waiting on the device with this cookie hash, still in time, of a customer who may log in. */
    private Optional<Waiting> waitingOn(String tokenHash, Instant now) {
        return devices.findAwaitingCode(tokenHash)
                .filter(device -> device.isAwaitingCodeAt(now, settings.newDeviceWait()))
                .flatMap(device -> customers.findById(device.customer()).filter(customer -> !customer.isFrozen())
                        .map(customer -> new Waiting(device, customer)));
    }
}
