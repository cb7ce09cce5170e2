package org.hexmall.acceptance.usecase;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.adapter.out.crypto.Argon2PasswordHasher;
import org.hexmall.adapter.out.crypto.SecureRandomTokens;
import org.hexmall.adapter.out.persistence.memory.InMemoryPersistence;
import org.hexmall.application.port.in.account.CustomerLoginCommand;
import org.hexmall.application.port.in.account.LogInCustomer;
import org.hexmall.application.port.in.account.RegisterCustomer;
import org.hexmall.application.port.in.account.RegisterCustomerCommand;
import org.hexmall.application.port.in.account.RegistrationResult;
import org.hexmall.application.port.in.account.ViewMyAccount;
import org.hexmall.application.port.in.session.ChooseLanguage;
import org.hexmall.application.port.in.session.LogOut;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.session.PurgeEndedSessions;
import org.hexmall.application.port.in.session.ResumeSession;
import org.hexmall.application.port.in.support.LogInAgent;
import org.hexmall.application.port.in.support.RegisterAgent;
import org.hexmall.application.port.in.support.SearchCustomers;
import org.hexmall.application.port.in.support.ViewCustomerDetails;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.service.account.LogInCustomerService;
import org.hexmall.application.service.account.RegisterCustomerService;
import org.hexmall.application.service.account.ViewMyAccountService;
import org.hexmall.application.service.session.ChooseLanguageService;
import org.hexmall.application.service.session.LogOutService;
import org.hexmall.application.service.session.PurgeEndedSessionsService;
import org.hexmall.application.service.session.ResumeSessionService;
import org.hexmall.application.service.session.SessionRotation;
import org.hexmall.application.service.support.LogInAgentService;
import org.hexmall.application.service.support.RegisterAgentService;
import org.hexmall.application.service.support.SearchCustomersService;
import org.hexmall.application.service.support.ViewCustomerDetailsService;
import org.hexmall.domain.account.AccountStatus;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.hexmall.domain.security.Session;

/**
 * hexmall's use cases wired as the composition root wires them, but to the in-memory persistence adapter
 * and a clock the test moves. Passwords are hashed by the real Argon2id adapter and tokens drawn by the
 * real secure random source: only storage and time are stand-ins.
 */
final class InMemoryHexmall {

    static final Instant OPENING_TIME = Instant.parse("2025-11-11T10:00:00Z");
    static final String CLIENT_ADDRESS = "203.0.113.7";

    final TestClock clock = new TestClock(OPENING_TIME);
    final InMemoryPersistence storage = new InMemoryPersistence();

    private final PasswordHasher hasher = new Argon2PasswordHasher();
    private final RandomTokens tokens = new SecureRandomTokens();
    private final LoginLockoutPolicy lockoutPolicy = LoginLockoutPolicy.STANDARD;
    private final SessionRotation rotation = new SessionRotation(storage.sessions(), tokens);

    final RegisterCustomer registerCustomer = new RegisterCustomerService(
            storage.customers(), storage.transactions(), hasher, tokens, clock);
    final LogInCustomer logInCustomer = new LogInCustomerService(storage.customers(), storage.loginHistory(),
            storage.transactions(), hasher, rotation, lockoutPolicy, clock);
    final ViewMyAccount viewMyAccount = new ViewMyAccountService(storage.customers(), storage.transactions());
    final ResumeSession resumeSession = new ResumeSessionService(
            storage.sessions(), storage.transactions(), tokens, clock);
    final ChooseLanguage chooseLanguage = new ChooseLanguageService(storage.sessions(), storage.transactions());
    final LogOut logOut = new LogOutService(storage.sessions(), storage.transactions());
    final PurgeEndedSessions purgeEndedSessions = new PurgeEndedSessionsService(
            storage.sessions(), storage.transactions(), clock);
    final LogInAgent logInAgent = new LogInAgentService(
            storage.agents(), storage.transactions(), hasher, rotation, lockoutPolicy, clock);
    final RegisterAgent registerAgent = new RegisterAgentService(
            storage.agents(), storage.transactions(), hasher, tokens, clock);
    final SearchCustomers searchCustomers = new SearchCustomersService(storage.customers(), storage.transactions());
    final ViewCustomerDetails viewCustomerDetails = new ViewCustomerDetailsService(
            storage.customers(), storage.loginHistory(), storage.walletBindings(), storage.auditLog(),
            storage.transactions(), clock);

    /** Registers a customer through the registration form and returns the new account's id. */
    CustomerId registeredCustomer(String phone, String email, String displayName, String password) {
        RegistrationResult result = registerCustomer.register(
                RegisterCustomerCommand.fromForm(phone, email, displayName, password, password));
        if (result instanceof RegistrationResult.Registered(CustomerId id)) {
            return id;
        }
        throw new AssertionError("registration of " + phone + " was refused: " + result);
    }

    /** The session a visitor gets on their first request, before logging in. */
    Session newVisitor() {
        return resumeSession.resume(Optional.empty());
    }

    /** A login from the login form, made from the given session. */
    LoginResult logIn(String login, String password, Session from) {
        return logInCustomer.logIn(CustomerLoginCommand.fromForm(login, password, CLIENT_ADDRESS, from.id()));
    }

    /** The session a successful login moved the visitor to; fails the test for any other answer. */
    static Session sessionAfter(LoginResult result) {
        if (result instanceof LoginResult.SignedIn(Session session)) {
            return session;
        }
        throw new AssertionError("expected the login to succeed, but the answer was " + result);
    }

    /** Types wrong passwords until the lockout policy locks the login; returns when the lock ends. */
    Instant lockOut(String login) {
        Session attacker = newVisitor();
        for (int attempt = 1; attempt < lockoutPolicy.maxConsecutiveFailures(); attempt++) {
            logIn(login, "not-the-password", attacker);
        }
        if (logIn(login, "not-the-password", attacker) instanceof LoginResult.Locked(Instant retryAfter)) {
            return retryAfter;
        }
        throw new AssertionError("wrong passwords in a row should have locked " + login);
    }

    /**
     * No use case freezes an account yet, so this stores the account frozen, as customer service would
     * leave it, straight through the out-port.
     */
    void freeze(CustomerId id) {
        storage.transactions().inTransaction(() -> {
            Customer active = storage.customers().findById(id).orElseThrow();
            storage.customers().update(Customer.reconstitute(active.id(), active.phone(), active.email(),
                    active.displayName(), active.passwordHash(), AccountStatus.FROZEN, active.registeredAt(),
                    active.loginThrottle()));
        });
    }
}
