package org.hexmall.application.service.session.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.session.LoginResult.Frozen;
import org.hexmall.application.port.in.session.LoginResult.Locked;
import org.hexmall.application.port.in.session.LoginResult.SignedIn;
import org.hexmall.application.port.in.session.LoginResult.WrongCredentials;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.domain.security.LoginAccount;
import org.hexmall.domain.security.LoginAttempt;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.SessionId;

/**
 * The steps of a login with a password, for customers and agents alike. The slow hash check runs outside any
 * transaction (and an unknown login spends the same time on a decoy); the account is then read again, and
 * {@link LoginAttempt} decides against that fresh state what the attempt leads to, in one transaction with the
 * throttle it leaves and, on success, a new session.
 */
public final class PasswordLogin {

    private final TransactionRunner transactions;
    private final PasswordHasher passwordHasher;
    private final DecoyPasswordCheck decoy;
    private final SessionRotation sessionRotation;
    private final LoginLockoutPolicy lockoutPolicy;
    private final Clock clock;

    public PasswordLogin(TransactionRunner transactions, PasswordHasher passwordHasher,
                         SessionRotation sessionRotation, LoginLockoutPolicy lockoutPolicy, Clock clock) {
        this.transactions = transactions;
        this.passwordHasher = passwordHasher;
        this.decoy = new DecoyPasswordCheck(passwordHasher);
        this.sessionRotation = sessionRotation;
        this.lockoutPolicy = lockoutPolicy;
        this.clock = clock;
    }

    /** How one attempt finds, reads again and keeps an account of its kind; each runs inside a transaction. */
    public interface Accounts<A extends LoginAccount> {

        /** The account that what was typed names, if any. */
        Optional<A> findByLogin();

        /** The same account as stored now. */
        A reload(A account);

        /** Stores the account with the throttle the attempt left. */
        void keep(A account, LoginThrottle throttle);

        /** Adds the attempt to the account's login history, for kinds of account that keep one. */
        default void recordAttempt(A account, LoginAttempt.Outcome outcome, Instant at) {
        }

        /** Who the account acts as once signed in. */
        Principal principal(A account);
    }

    /** Logs in with the password typed, into the account that {@code accounts} finds for what was typed with it. */
    public <A extends LoginAccount> LoginResult logIn(PlainPassword password, SessionId session, Accounts<A> accounts) {
        Optional<A> found = transactions.inTransaction(accounts::findByLogin);
        if (found.isEmpty()) {
            decoy.spendTimeOn(password);
            return new WrongCredentials();
        }
        boolean passwordMatches = passwordHasher.matches(password, found.get().passwordHash());
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            A account = accounts.reload(found.get());
            LoginAttempt.Outcome outcome = LoginAttempt.decide(account.loginThrottle(), account.isFrozen(),
                    passwordMatches, now, lockoutPolicy);
            outcome.throttleToKeep().ifPresent(throttle -> accounts.keep(account, throttle));
            accounts.recordAttempt(account, outcome, now);
            return switch (outcome) {
                case LoginAttempt.RefusedFrozen frozen -> new Frozen();
                case LoginAttempt.RefusedLocked locked -> new Locked(locked.until());
                case LoginAttempt.WrongPassword wrong ->
                        wrong.lockedUntil().<LoginResult>map(Locked::new).orElseGet(WrongCredentials::new);
                case LoginAttempt.Succeeded succeeded ->
                        new SignedIn(sessionRotation.signIn(session, accounts.principal(account), now));
            };
        });
    }
}
