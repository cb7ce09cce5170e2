package org.hexmall.application.service.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.account.NewDeviceCodeCommand;
import org.hexmall.application.port.in.account.NewDeviceResult;
import org.hexmall.application.port.in.account.VerifyNewDevice;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.account.shared.DeviceTokens;
import org.hexmall.application.service.account.shared.LoginSettings;
import org.hexmall.application.service.account.shared.LoginStepUps;
import org.hexmall.application.service.account.shared.NewDeviceSignIn;
import org.hexmall.application.service.shared.CodeDispatch.CodeEntry;
import org.hexmall.application.service.shared.CodeDispatch;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.VerificationCode.CodeCheck;

/**
 * Checks the code against the latest one sent since the password was typed on this device, and on the right one opens
 * the session (on a new id), trusts the device if asked, and tells the phone by SMS that a new device logged in. The
 * code, the device and the session change in one transaction; the SMS goes after it.
 */
public final class VerifyNewDeviceService implements VerifyNewDevice {

    private final Customers customers;
    private final Devices devices;
    private final TransactionRunner transactions;
    private final DeviceTokens deviceTokens;
    private final CodeDispatch codes;
    private final NewDeviceSignIn signIn;
    private final LoginStepUps loginStepUps;
    private final LoginSettings settings;
    private final Clock clock;

    public VerifyNewDeviceService(Customers customers, Devices devices, TransactionRunner transactions,
                                  DeviceTokens deviceTokens, CodeDispatch codes, NewDeviceSignIn signIn,
                                  LoginStepUps loginStepUps, LoginSettings settings, Clock clock) {
        this.customers = customers;
        this.devices = devices;
        this.transactions = transactions;
        this.deviceTokens = deviceTokens;
        this.codes = codes;
        this.signIn = signIn;
        this.loginStepUps = loginStepUps;
        this.settings = settings;
        this.clock = clock;
    }

    private record Outcome(NewDeviceResult result, Optional<NewDeviceSignIn.Proven> proven) {
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
                return startAgain(device);
            }
            Optional<CodeEntry> entry = codes.check(customer.get().phone(), CodePurpose.NEW_DEVICE_LOGIN,
                    command.digits(), device.codeRequestedSince());
            if (entry.isEmpty()) {
                return new Outcome(new NewDeviceResult.NoCodeSent(), Optional.empty());
            }
            return switch (entry.get().check()) {
                case CodeCheck.Accepted accepted -> {
                    NewDeviceSignIn.Proven proven = signIn.signIn(customer.get(), device, command.trust(),
                            command.freshDeviceToken().map(deviceTokens::hash), command.session(),
                            command.clientAddress(), now);
                    yield new Outcome(new NewDeviceResult.SignedIn(proven.session()), Optional.of(proven));
                }
                case CodeCheck.Wrong wrong -> new Outcome(new NewDeviceResult.WrongCode(wrong.entriesLeft()),
                        Optional.empty());
                default -> startAgain(device);
            };
        });
        outcome.proven().ifPresent(signIn::tellThePhone);
        return outcome.result();
    }

    /** The code was used up or the wait ran out: the alert that asked for it, if any, says the proof failed. */
    private Outcome startAgain(Device device) {
        loginStepUps.ended(device, AlertOutcome.VERIFICATION_FAILED);
        devices.save(device.codeAbandoned());
        return new Outcome(new NewDeviceResult.StartAgain(), Optional.empty());
    }
}
