package org.hexmall.application.service.account;

import java.time.Clock;
import java.time.Instant;
import org.hexmall.application.port.in.account.ChangePassword;
import org.hexmall.application.port.in.account.ChangePasswordCommand;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.service.account.shared.SignOutElsewhere;
import org.hexmall.application.service.shared.PasswordCare;
import org.hexmall.application.service.shared.StepUpGate;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.security.LoginAttempt;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.security.StepUpAction;

/**
 * The slow hashing (checking the current password, hashing the new one) runs outside any transaction; then, in one
 * transaction, {@link LoginAttempt} decides on the current password as a login would, the step-up is used up, the
 * password replaced, the reminder reset, and every session of the account ended but a new one for this visitor.
 * A wrong current password leaves the step-up unused, so that a typo does not send the customer through it again.
 */
public final class ChangePasswordService implements ChangePassword {

    private final Customers customers;
    private final Devices devices;
    private final SignOutElsewhere signOutElsewhere;
    private final SecurityEvents events;
    private final TransactionRunner transactions;
    private final PasswordHasher hasher;
    private final StepUpGate stepUps;
    private final PasswordCare passwordCare;
    private final LoginLockoutPolicy lockoutPolicy;
    private final Clock clock;

    public ChangePasswordService(Customers customers, Devices devices, Sessions sessions, SecurityEvents events,
                                 TransactionRunner transactions,
                                 PasswordHasher hasher, RandomTokens tokens, StepUpGate stepUps,
                                 PasswordCare passwordCare, LoginLockoutPolicy lockoutPolicy, Clock clock) {
        this.customers = customers;
        this.devices = devices;
        this.signOutElsewhere = new SignOutElsewhere(sessions, tokens);
        this.events = events;
        this.transactions = transactions;
        this.hasher = hasher;
        this.stepUps = stepUps;
        this.passwordCare = passwordCare;
        this.lockoutPolicy = lockoutPolicy;
        this.clock = clock;
    }

    @Override
    public Result change(ChangePasswordCommand command, SessionId current) {
        if (!transactions.inTransaction(() -> stepUps.hasPassed(command.customer(), StepUpAction.CHANGE_PASSWORD))) {
            return new StepUpNeeded();
        }
        Customer asTyped = transactions.inTransaction(() -> customers.findById(command.customer()).orElseThrow());
        boolean passwordMatches = hasher.matches(command.currentPassword(), asTyped.passwordHash());
        PasswordHash newHash = passwordMatches ? hasher.hash(command.newPassword()) : null;
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Customer customer = customers.findById(command.customer()).orElseThrow();
            LoginAttempt.Outcome outcome = LoginAttempt.decide(customer.loginThrottle(), false, passwordMatches,
                    now, lockoutPolicy);
            return switch (outcome) {
                case LoginAttempt.Succeeded succeeded -> {
                    if (!stepUps.consume(customer.id(), StepUpAction.CHANGE_PASSWORD)) {
                        yield new StepUpNeeded();
                    }
                    customers.update(customer.withNewPassword(newHash));
                    passwordCare.passwordChanged(customer.id());
                    devices.abandonWaitingLogins(customer.id());
                    events.record(new SecurityEvent(customer.id(), now, SecurityEventKind.PASSWORD_CHANGED,
                            SecurityEvent.Source.CUSTOMER, "", command.clientAddress()));
                    yield new Changed(signOutElsewhere.keepingOnly(customer.id(), current, now));
                }
                case LoginAttempt.WrongPassword wrong -> {
                    customers.update(customer.withLoginThrottle(wrong.throttle()));
                    yield wrong.lockedUntil().<Result>map(Locked::new).orElseGet(WrongCurrentPassword::new);
                }
                case LoginAttempt.RefusedLocked locked -> new Locked(locked.until());
                case LoginAttempt.RefusedFrozen frozen -> throw new IllegalStateException("decided as not frozen");
            };
        });
    }
}
