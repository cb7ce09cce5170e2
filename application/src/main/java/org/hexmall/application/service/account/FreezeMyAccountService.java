package org.hexmall.application.service.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.account.FreezeMyAccount;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.application.service.payment.shared.WithdrawnPayments;
import org.hexmall.application.service.payment.shared.WithdrawnPayments.Withdrawn;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.LoginAttempt;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;

/**
 * The slow password check runs outside any transaction; {@link LoginAttempt} then decides against the account as
 * stored, as a login does, and the freeze, the end of every session, the throttle and the security events (a lock
 * that wrong passwords started, a freeze) are stored together, with the account's payments under way taken back:
 * nobody can pay with a frozen account. Once that has committed, their providers are asked to close them
 * ({@link WithdrawnPayments}). The right password freezes; so does any once the login is locked
 * (see {@link FreezeMyAccount}).
 */
public final class FreezeMyAccountService implements FreezeMyAccount {

    private final Customers customers;
    private final Sessions sessions;
    private final SecurityEvents securityEvents;
    private final TransactionRunner transactions;
    private final PasswordHasher passwordHasher;
    private final LoginLockoutPolicy lockoutPolicy;
    private final WithdrawnPayments withdrawals;
    private final Clock clock;

    public FreezeMyAccountService(Customers customers, Sessions sessions, SecurityEvents securityEvents,
                                  TransactionRunner transactions, PasswordHasher passwordHasher,
                                  LoginLockoutPolicy lockoutPolicy, WithdrawnPayments withdrawals, Clock clock) {
        this.withdrawals = withdrawals;
        this.customers = customers;
        this.sessions = sessions;
        this.securityEvents = securityEvents;
        this.transactions = transactions;
        this.passwordHasher = passwordHasher;
        this.lockoutPolicy = lockoutPolicy;
        this.clock = clock;
    }

    @Override
    public Result freeze(CustomerId customerId, PlainPassword password, String clientAddress) {
        String address = clientAddress == null ? "" : clientAddress;
        Customer asTyped = transactions.inTransaction(() -> customers.findById(customerId).orElseThrow());
        boolean passwordMatches = passwordHasher.matches(password, asTyped.passwordHash());
        Instant now = clock.instant();
        Decided decided = transactions.inTransaction(() -> {
            Customer customer = customers.findById(customerId).orElseThrow();
            // Frozen or not, the customer is asked only to prove the password: freezing twice freezes once.
            LoginAttempt.Outcome outcome = LoginAttempt.decide(customer.loginThrottle(), false, passwordMatches,
                    now, lockoutPolicy);
            return switch (outcome) {
                case LoginAttempt.Succeeded succeeded -> freezeNow(customer.withLoginThrottle(succeeded.throttle()),
                        now, address);
                case LoginAttempt.WrongPassword wrong when wrong.lockedUntil().isPresent() -> {
                    record(customerId, now, SecurityEventKind.LOGIN_LOCKED, SecurityEvent.Source.SYSTEM, address);
                    yield freezeNow(customer.withLoginThrottle(wrong.throttle()), now, address);
                }
                case LoginAttempt.WrongPassword wrong -> {
                    customers.update(customer.withLoginThrottle(wrong.throttle()));
                    yield Decided.only(new WrongPassword());
                }
                case LoginAttempt.RefusedLocked locked -> freezeNow(customer, now, address);
                case LoginAttempt.RefusedFrozen frozen -> throw new IllegalStateException("decided as not frozen");
            };
        });
        decided.withdrawn().ifPresent(withdrawals::askProvider);
        return decided.result();
    }

    /** Freezes the account, with the throttle it is given; call inside the transaction that decided it. */
    private Decided freezeNow(Customer customer, Instant now, String address) {
        Withdrawn withdrawn = withdrawals.ofFrozenAccount(customer.id(), now);
        customers.update(customer.frozen());
        sessions.deleteSignedInAs(customer.id());
        if (!customer.isFrozen()) {
            record(customer.id(), now, SecurityEventKind.ACCOUNT_FROZEN, SecurityEvent.Source.CUSTOMER, address);
        }
        return new Decided(new Frozen(), Optional.of(withdrawn));
    }

    /** What the transaction decided, and the payments it took back, whose providers are still to close them. */
    private record Decided(Result result, Optional<Withdrawn> withdrawn) {

        static Decided only(Result result) {
            return new Decided(result, Optional.empty());
        }
    }

    private void record(CustomerId customerId, Instant now, SecurityEventKind kind, SecurityEvent.Source source,
                        String clientAddress) {
        securityEvents.record(new SecurityEvent(customerId, now, kind, source, "", clientAddress));
    }
}
