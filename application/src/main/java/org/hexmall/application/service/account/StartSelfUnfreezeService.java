package org.hexmall.application.service.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.account.StartSelfUnfreeze;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.security.StepUpProgress;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.service.account.shared.FreezeOrigin;
import org.hexmall.application.service.security.shared.StepUpSteps;
import org.hexmall.application.service.session.shared.PasswordLogin;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.LoginAttempt;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.StepUp;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.shared.Language;

/**
 * The password is checked as a login checks it (outside a transaction, the lock counted by {@link LoginAttempt}, and
 * a number without an account counted and locked by {@link PasswordLogin} as on the login form, so that neither form
 * tells who is a customer); only the right password learns whether the account is frozen and by whom. The step-up
 * then starts with a code to the account's phone; its page offers the face check instead.
 */
public final class StartSelfUnfreezeService implements StartSelfUnfreeze {

    private final Customers customers;
    private final TransactionRunner transactions;
    private final PasswordHasher hasher;
    private final PasswordLogin passwordLogin;
    private final RandomTokens tokens;
    private final StepUpSteps steps;
    private final FreezeOrigin freezeOrigin;
    private final LoginLockoutPolicy lockoutPolicy;
    private final Clock clock;

    public StartSelfUnfreezeService(Customers customers, TransactionRunner transactions, PasswordHasher hasher,
                                    PasswordLogin passwordLogin, RandomTokens tokens, StepUpSteps steps,
                                    FreezeOrigin freezeOrigin, LoginLockoutPolicy lockoutPolicy, Clock clock) {
        this.customers = customers;
        this.transactions = transactions;
        this.hasher = hasher;
        this.passwordLogin = passwordLogin;
        this.tokens = tokens;
        this.steps = steps;
        this.freezeOrigin = freezeOrigin;
        this.lockoutPolicy = lockoutPolicy;
        this.clock = clock;
    }

    @Override
    public Result start(PhoneNumber phone, PlainPassword password, Language language) {
        Optional<Customer> found = transactions.inTransaction(() -> customers.findByPhone(phone));
        if (found.isEmpty()) {
            return switch (passwordLogin.refuseUnknown(password, LogInCustomerService.typedLogin(phone))) {
                case LoginResult.Locked locked -> new Locked(locked.retryAfter());
                default -> new WrongCredentials();
            };
        }
        boolean passwordMatches = hasher.matches(password, found.get().passwordHash());
        Instant now = clock.instant();
        Result checked = transactions.inTransaction(() -> {
            Customer customer = customers.findById(found.get().id()).orElseThrow();
            // Frozen or not, the password decides first, so that a wrong one learns nothing about the account.
            LoginAttempt.Outcome outcome = LoginAttempt.decide(customer.loginThrottle(), false, passwordMatches,
                    now, lockoutPolicy);
            return switch (outcome) {
                case LoginAttempt.Succeeded succeeded -> {
                    customers.update(customer.withLoginThrottle(succeeded.throttle()));
                    if (!customer.isFrozen()) {
                        yield new NotFrozen();
                    }
                    yield freezeOrigin.frozenBy(customer).filter(by -> !by.customerMayUnfreeze())
                            .<Result>map(ForCustomerServiceToUnfreeze::new).orElse(null);
                }
                case LoginAttempt.WrongPassword wrong -> {
                    customers.update(customer.withLoginThrottle(wrong.throttle()));
                    yield wrong.lockedUntil().<Result>map(Locked::new).orElseGet(WrongCredentials::new);
                }
                case LoginAttempt.RefusedLocked locked -> new Locked(locked.until());
                case LoginAttempt.RefusedFrozen frozen -> throw new IllegalStateException("decided as not frozen");
            };
        });
        if (checked != null) {
            return checked;
        }
        StepUp stepUp = StepUp.start(new StepUpId(tokens.uuid()), found.get().id(), StepUpAction.UNFREEZE_ACCOUNT,
                StepUpFactor.SMS_CODE, now);
        transactions.inTransaction(() -> steps.stepUps().save(stepUp));
        StepUpProgress progress = steps.sendCode(stepUp, language);
        return new StepUpStarted(progress);
    }
}
