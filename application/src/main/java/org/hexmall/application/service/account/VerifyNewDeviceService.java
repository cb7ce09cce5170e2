package org.hexmall.application.service.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.account.NewDeviceCodeCommand;
import org.hexmall.application.port.in.account.NewDeviceResult;
import org.hexmall.application.port.in.account.VerifyNewDevice;
import org.hexmall.application.port.out.notification.LoginNotices;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.account.shared.DeviceTokens;
import org.hexmall.application.service.account.shared.LoginSettings;
import org.hexmall.application.service.session.shared.SessionRotation;
import org.hexmall.application.service.shared.CodeDispatch.CodeEntry;
import org.hexmall.application.service.shared.CodeDispatch;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.AttemptKind;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.VerificationCode.CodeCheck;

/**
 * Checks the code against the latest one sent since the password was typed on this device, and on the right one opens
 * the session (on a new id), trusts the device if asked, and tells the phone by SMS that a new device logged in. The
 * code, the device and the session change in one transaction; the SMS goes after it.
 */
public final class VerifyNewDeviceService implements VerifyNewDevice {

    /** How many of the customer's latest alerts are looked through for the one a risky login raised. */
    private static final int RECENT_ALERTS = 5;

    private final Customers customers;
    private final Devices devices;
    private final LoginHistory loginHistory;
    private final SecurityEvents securityEvents;
    private final TransactionRunner transactions;
    private final DeviceTokens deviceTokens;
    private final CodeDispatch codes;
    private final SessionRotation sessionRotation;
    private final LoginNotices notices;
    private final LoginSettings settings;
    private final RiskAlerts alerts;
    private final Clock clock;

    public VerifyNewDeviceService(Customers customers, Devices devices, LoginHistory loginHistory,
                                  SecurityEvents securityEvents,
                                  TransactionRunner transactions, DeviceTokens deviceTokens, CodeDispatch codes,
                                  SessionRotation sessionRotation, LoginNotices notices, LoginSettings settings,
                                  RiskAlerts alerts, Clock clock) {
        this.customers = customers;
        this.devices = devices;
        this.loginHistory = loginHistory;
        this.securityEvents = securityEvents;
        this.transactions = transactions;
        this.deviceTokens = deviceTokens;
        this.codes = codes;
        this.sessionRotation = sessionRotation;
        this.notices = notices;
        this.settings = settings;
        this.alerts = alerts;
        this.clock = clock;
    }

    private record Outcome(NewDeviceResult result, Optional<Notice> notice) {
    }

    private record Notice(Customer customer, Device device, Instant at, Session session) {
    }

    @Override
    public NewDeviceResult verify(NewDeviceCodeCommand command) {
        Instant now = clock.instant();
        String tokenHash = deviceTokens.hash(command.deviceToken());
        Outcome outcome = transactions.inTransaction(() -> {
            Optional<Device> waiting = devices.findAwaitingCode(tokenHash);
            if (waiting.isEmpty()) {
                return new Outcome(new NewDeviceResult.StartAgain(), Optional.empty());
            }
            Device device = waiting.get();
            Optional<Customer> customer = customers.findById(device.customer()).filter(found -> !found.isFrozen());
            if (!device.isAwaitingCodeAt(now, settings.newDeviceWait()) || customer.isEmpty()) {
                endRiskStepUp(device, AlertOutcome.VERIFICATION_FAILED);
                devices.save(device.codeAbandoned());
                return new Outcome(new NewDeviceResult.StartAgain(), Optional.empty());
            }
            Optional<CodeEntry> entry = codes.check(customer.get().phone(), CodePurpose.NEW_DEVICE_LOGIN,
                    command.digits(), device.codeRequestedSince());
            if (entry.isEmpty()) {
                return new Outcome(new NewDeviceResult.NoCodeSent(), Optional.empty());
            }
            return switch (entry.get().check()) {
                case CodeCheck.Accepted accepted -> {
                    Device verified = device.verified(command.trust(), now);
                    devices.save(verified);
                    endRiskStepUp(device, AlertOutcome.VERIFIED);
                    loginHistory.record(new LoginRecord(verified.customer(), now, LoginOutcome.SUCCEEDED,
                            verified.lastClientAddress()));
                    record(verified, SecurityEventKind.NEW_DEVICE_VERIFIED, now);
                    if (verified.isTrusted() && !device.isTrusted()) {
                        record(verified, SecurityEventKind.DEVICE_TRUSTED, now);
                    }
                    Session session = sessionRotation.signIn(command.session(),
                            new Principal.Customer(customer.get().id()), verified.id(), now);
                    yield new Outcome(new NewDeviceResult.SignedIn(session),
                            Optional.of(new Notice(customer.get(), verified, now, session)));
                }
                case CodeCheck.Wrong wrong -> new Outcome(new NewDeviceResult.WrongCode(wrong.entriesLeft()),
                        Optional.empty());
                default -> {
                    endRiskStepUp(device, AlertOutcome.VERIFICATION_FAILED);
                    devices.save(device.codeAbandoned());
                    yield new Outcome(new NewDeviceResult.StartAgain(), Optional.empty());
                }
            };
        });
        outcome.notice().ifPresent(notice -> notices.newDeviceLogin(notice.customer().phone(), notice.device().name(),
                notice.at(), notice.session().language()));
        return outcome.result();
    }

    /**
     * Records how the code ended on the login alert the risk rules raised when they asked for it, if they did: the
     * alert asking for a proof that was raised since the password was typed on this device.
     */
    private void endRiskStepUp(Device device, AlertOutcome outcome) {
        alerts.latestOf(device.customer(), RECENT_ALERTS).stream()
                .filter(alert -> alert.attempt().kind() == AttemptKind.LOGIN)
                .filter(alert -> alert.outcome() == AlertOutcome.VERIFICATION_ASKED)
                .filter(alert -> !alert.raisedAt().isBefore(device.codeRequestedSince()))
                .forEach(alert -> alerts.recordOutcome(alert.id(), outcome));
    }

    private void record(Device device, SecurityEventKind kind, Instant now) {
        securityEvents.record(new SecurityEvent(device.customer(), now, kind, SecurityEvent.Source.CUSTOMER,
                device.name().toString(), device.lastClientAddress()));
    }
}
