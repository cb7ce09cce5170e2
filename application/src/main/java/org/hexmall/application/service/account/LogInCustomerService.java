package org.hexmall.application.service.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.hexmall.application.port.in.account.CustomerLoginCommand;
import org.hexmall.application.port.in.account.LogInCustomer;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.service.session.shared.PasswordLogin;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.EmailAddress;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.LoginAttempt;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.shared.DomainException;

public final class LogInCustomerService implements LogInCustomer {

    private final Customers customers;
    private final LoginHistory loginHistory;
    private final SecurityEvents securityEvents;
    private final PasswordLogin passwordLogin;

    public LogInCustomerService(Customers customers, LoginHistory loginHistory, SecurityEvents securityEvents,
                                PasswordLogin passwordLogin) {
        this.customers = customers;
        this.loginHistory = loginHistory;
        this.securityEvents = securityEvents;
        this.passwordLogin = passwordLogin;
    }

    @Override
    public LoginResult logIn(CustomerLoginCommand command) {
        return passwordLogin.logIn(command.password(), command.session(), new CustomerLogin(command));
    }

    /** A customer logs in with their phone number or email, and every attempt joins their login history. */
    private final class CustomerLogin implements PasswordLogin.Accounts<Customer> {

        private final CustomerLoginCommand command;

        CustomerLogin(CustomerLoginCommand command) {
            this.command = command;
        }

        @Override
        public Optional<Customer> findByLogin() {
            try {
                return PhoneNumber.looksLikeOne(command.login())
                        ? customers.findByPhone(PhoneNumber.parse(command.login()))
                        : customers.findByEmail(EmailAddress.parse(command.login()));
            } catch (DomainException notAPhoneOrEmail) {
                return Optional.empty();
            }
        }

        @Override
        public String typedLogin() {
            String typed = command.login().strip();
            try {
                return PhoneNumber.looksLikeOne(typed)
                        ? "customer phone " + PhoneNumber.parse(typed).value()
                        : "customer email " + EmailAddress.parse(typed).value();
            } catch (DomainException notAPhoneOrEmail) {
                return "customer login " + typed.toLowerCase(Locale.ROOT);
            }
        }

        @Override
        public Customer reload(Customer customer) {
            return customers.findById(customer.id()).orElseThrow();
        }

        @Override
        public void keep(Customer customer, LoginThrottle throttle) {
            customers.update(customer.withLoginThrottle(throttle));
        }

        @Override
        public void recordAttempt(Customer customer, LoginAttempt.Outcome outcome, Instant at) {
            loginHistory.record(new LoginRecord(customer.id(), at, LoginOutcome.of(outcome), command.clientAddress()));
            if (outcome instanceof LoginAttempt.WrongPassword wrong && wrong.lockedUntil().isPresent()) {
                securityEvents.record(new SecurityEvent(customer.id(), at, SecurityEventKind.LOGIN_LOCKED,
                        SecurityEvent.Source.SYSTEM, "", command.clientAddress()));
            }
        }

        @Override
        public Principal principal(Customer customer) {
            return new Principal.Customer(customer.id());
        }
    }
}
