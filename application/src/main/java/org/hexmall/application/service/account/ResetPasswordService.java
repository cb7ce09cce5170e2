package org.hexmall.application.service.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.account.PasswordResetResult;
import org.hexmall.application.port.in.account.ResetPassword;
import org.hexmall.application.port.in.account.ResetPasswordCommand;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.application.service.shared.CodeDispatch.CodeEntry;
import org.hexmall.application.service.shared.CodeDispatch;
import org.hexmall.application.service.shared.PasswordCare;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.VerificationCode.CodeCheck;

public final class ResetPasswordService implements ResetPassword {

    private final Customers customers;
    private final Devices devices;
    private final Sessions sessions;
    private final TransactionRunner transactions;
    private final PasswordHasher hasher;
    private final CodeDispatch codes;
    private final SecurityEvents securityEvents;
    private final PasswordCare passwordCare;
    private final Clock clock;

    public ResetPasswordService(Customers customers, Devices devices, Sessions sessions,
                                TransactionRunner transactions, PasswordHasher hasher, CodeDispatch codes,
                                SecurityEvents securityEvents, PasswordCare passwordCare, Clock clock) {
        this.customers = customers;
        this.devices = devices;
        this.sessions = sessions;
        this.transactions = transactions;
        this.hasher = hasher;
        this.codes = codes;
        this.securityEvents = securityEvents;
        this.passwordCare = passwordCare;
        this.clock = clock;
    }

    /**
     * Hashes the new password first, outside any transaction, as it is slow; then checks the code, replaces the
     * password, clears the login lock, ends every session and every login still waiting for its code, and records the
     * reset in one transaction, so that a code changes one password once. A frozen account gets its new password but stays frozen.
     */
    @Override
    public PasswordResetResult reset(ResetPasswordCommand command) {
        PasswordHash newHash = hasher.hash(command.newPassword());
        return transactions.inTransaction(() -> {
            Optional<CodeEntry> entry = codes.check(command.phone(), CodePurpose.PASSWORD_RESET, command.digits(),
                    Instant.MIN);
            if (entry.isEmpty()) {
                return new PasswordResetResult.CodeExpired();
            }
            return switch (entry.get().check()) {
                case CodeCheck.Accepted accepted -> changePassword(command, newHash);
                case CodeCheck.Wrong wrong -> new PasswordResetResult.WrongCode(wrong.entriesLeft());
                case CodeCheck.Exhausted exhausted -> new PasswordResetResult.CodeUsedUp();
                case CodeCheck.Expired expired -> new PasswordResetResult.CodeExpired();
                case CodeCheck.AlreadyUsed used -> new PasswordResetResult.CodeExpired();
            };
        });
    }

    private PasswordResetResult changePassword(ResetPasswordCommand command, PasswordHash newHash) {
        // A code goes only to a number with an account, and accounts are never deleted; still, no account, no change.
        Optional<Customer> customer = customers.findByPhone(command.phone());
        if (customer.isEmpty()) {
            return new PasswordResetResult.CodeExpired();
        }
        customers.update(customer.get().withNewPassword(newHash));
        passwordCare.passwordChanged(customer.get().id());
        sessions.deleteSignedInAs(customer.get().id());
        devices.abandonWaitingLogins(customer.get().id());
        securityEvents.record(new SecurityEvent(customer.get().id(), clock.instant(), SecurityEventKind.PASSWORD_RESET,
                SecurityEvent.Source.CUSTOMER, "", command.clientAddress()));
        return new PasswordResetResult.Changed();
    }
}
