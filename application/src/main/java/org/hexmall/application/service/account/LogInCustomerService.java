package org.hexmall.application.service.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.account.CustomerLoginCommand;
import org.hexmall.application.port.in.account.LogInCustomer;
import org.hexmall.application.port.in.session.LoginResult.Frozen;
import org.hexmall.application.port.in.session.LoginResult.Locked;
import org.hexmall.application.port.in.session.LoginResult.SignedIn;
import org.hexmall.application.port.in.session.LoginResult.WrongCredentials;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.application.service.session.shared.DecoyPasswordCheck;
import org.hexmall.application.service.session.shared.SessionRotation;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.EmailAddress;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.shared.DomainException;

public final class LogInCustomerService implements LogInCustomer {

    private final Customers customers;
    private final LoginHistory loginHistory;
    private final TransactionRunner transactions;
    private final PasswordHasher passwordHasher;
    private final SessionRotation sessionRotation;
    private final DecoyPasswordCheck decoy;
    private final LoginLockoutPolicy lockoutPolicy;
    private final Clock clock;

    public LogInCustomerService(Customers customers, LoginHistory loginHistory, TransactionRunner transactions,
                                PasswordHasher passwordHasher, SessionRotation sessionRotation,
                                LoginLockoutPolicy lockoutPolicy, Clock clock) {
        this.customers = customers;
        this.loginHistory = loginHistory;
        this.transactions = transactions;
        this.passwordHasher = passwordHasher;
        this.sessionRotation = sessionRotation;
        this.decoy = new DecoyPasswordCheck(passwordHasher);
        this.lockoutPolicy = lockoutPolicy;
        this.clock = clock;
    }

    @Override
    public LoginResult logIn(CustomerLoginCommand command) {
        Optional<Customer> found = transactions.inTransaction(() -> findByLogin(command.login()));
        if (found.isEmpty()) {
            decoy.spendTimeOn(command.password());
            return new WrongCredentials();
        }
        // The slow hash check runs outside any transaction; the outcome is recorded against fresh state.
        boolean passwordMatches = passwordHasher.matches(command.password(), found.get().passwordHash());
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Customer customer = customers.findById(found.get().id()).orElseThrow();
            // Only someone who knows the password learns that the account is frozen.
            if (customer.isFrozen() && passwordMatches) {
                record(customer, now, LoginOutcome.REFUSED_FROZEN, command);
                return new Frozen();
            }
            Optional<Instant> lockedUntil = customer.loginThrottle().retryAfter(now);
            if (lockedUntil.isPresent()) {
                record(customer, now, LoginOutcome.REFUSED_LOCKED, command);
                return new Locked(lockedUntil.get());
            }
            if (!passwordMatches) {
                Customer failed = customer.afterFailedLogin(now, lockoutPolicy);
                customers.update(failed);
                record(customer, now, LoginOutcome.WRONG_PASSWORD, command);
                return failed.loginThrottle().retryAfter(now)
                        .<LoginResult>map(Locked::new)
                        .orElseGet(WrongCredentials::new);
            }
            customers.update(customer.afterSuccessfulLogin());
            record(customer, now, LoginOutcome.SUCCEEDED, command);
            return new SignedIn(sessionRotation.signIn(command.session(), new Principal.Customer(customer.id()), now));
        });
    }

    private Optional<Customer> findByLogin(String login) {
        try {
            return PhoneNumber.looksLikeOne(login)
                    ? customers.findByPhone(PhoneNumber.parse(login))
                    : customers.findByEmail(EmailAddress.parse(login));
        } catch (DomainException notAPhoneOrEmail) {
            return Optional.empty();
        }
    }

    private void record(Customer customer, Instant now, LoginOutcome outcome, CustomerLoginCommand command) {
        loginHistory.record(new LoginRecord(customer.id(), now, outcome, command.clientAddress()));
    }
}
