package org.hexmall.application.service.session.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hexmall.application.port.in.session.LoginResult.Frozen;
import org.hexmall.application.port.in.session.LoginResult.Locked;
import org.hexmall.application.port.in.session.LoginResult.SignedIn;
import org.hexmall.application.port.in.session.LoginResult.WrongCredentials;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.out.persistence.LoginThrottles;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.application.port.out.security.SecretHasher;
import org.hexmall.domain.account.FrozenBy;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.security.AddressThrottlePolicy;
import org.hexmall.domain.security.LoginAccount;
import org.hexmall.domain.security.LoginAttempt;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;

/**
 * The steps of a login with a password, for customers and agents alike. The slow hash check runs outside any
 * transaction (and an unknown login spends the same time on a decoy); the account is then read again, and
 * {@link LoginAttempt} decides against that fresh state what the attempt leads to, in one transaction with the
 * throttle it leaves and, on success, a new session.
 *
 * <p>A login that names no account is throttled too, under a keyed hash of the login as typed
 * ({@link LoginThrottles}): its wrong passwords are counted and lock it exactly as a registered login's do, so
 * that no answer, not even "locked", tells whether an account exists.
 *
 * <p>A failed login that names no account is recorded by the client address it came from as well (never by what was
 * typed), so that the login rule that counts failed logins from one address across accounts counts it as it counts a
 * registered login's.
 *
 * <p>The client address a login comes from is throttled too, in the same store under a keyed hash of the address:
 * every wrong password typed there counts, whichever login it was for, and enough of them lock the address out with
 * the same answer as a locked login ({@link AddressThrottlePolicy}), so that a list of stolen passwords tried against
 * many accounts from one machine soon stops.
 */
public final class PasswordLogin {

    /**
     * How long the wrong passwords of an unknown login are remembered after the last one, or after its lock ends.
     * A registered login's are remembered until its next success; the unknown ones' must be forgotten some day,
     * or anyone could fill the table, and a month is longer than any guessing is worth waiting for.
     */
    public static final Duration UNKNOWN_LOGIN_MEMORY = Duration.ofDays(30);

    private final TransactionRunner transactions;
    private final LoginThrottles unknownLogins;
    private final PasswordHasher passwordHasher;
    private final SecretHasher loginKeys;
    private final DecoyPasswordCheck decoy;
    private final SessionRotation sessionRotation;
    private final LoginLockoutPolicy lockoutPolicy;
    private final AddressThrottlePolicy addressPolicy;
    private final Clock clock;

    /**
     * @param unknownLogins the throttles of logins that name no account
     * @param loginKeys     hashes a login as typed into the key its throttle is kept under
     */
    public PasswordLogin(TransactionRunner transactions, LoginThrottles unknownLogins, PasswordHasher passwordHasher,
                         SecretHasher loginKeys, SessionRotation sessionRotation, LoginLockoutPolicy lockoutPolicy,
                         AddressThrottlePolicy addressPolicy, Clock clock) {
        this.transactions = transactions;
        this.unknownLogins = unknownLogins;
        this.passwordHasher = passwordHasher;
        this.loginKeys = loginKeys;
        this.decoy = new DecoyPasswordCheck(passwordHasher);
        this.sessionRotation = sessionRotation;
        this.lockoutPolicy = lockoutPolicy;
        this.addressPolicy = addressPolicy;
        this.clock = clock;
    }

    /** How one attempt finds, reads again and keeps an account of its kind; each runs inside a transaction. */
    public interface Accounts<A extends LoginAccount> {

        /** The account that what was typed names, if any. */
        Optional<A> findByLogin();

        /**
         * What was typed, in one form for every way of typing the same login (a phone number with or without
         * spaces, an email in any case) and marked with its kind of account, so that an unknown login is counted as
         * one however it is typed, and never together with another kind's.
         */
        String typedLogin();

        /** The same account as stored now. */
        A reload(A account);

        /** Stores the account with the throttle the attempt left. */
        void keep(A account, LoginThrottle throttle);

        /** Adds the attempt to the account's login history, for kinds of account that keep one. */
        default void recordAttempt(A account, LoginAttempt.Outcome outcome, Instant at) {
        }

        /**
         * Records a failed login that named no account of this kind, for kinds of account whose login history the
         * risk rules read: by the client address it came from, never by what was typed. Runs inside the attempt's
         * transaction, as {@link #recordAttempt} does for a registered login, so that both take the same time.
         */
        default void recordUnknownAttempt(Instant at) {
        }

        /** Who the account acts as once signed in. */
        Principal principal(A account);

        /** Where the attempt comes from, for kinds of account whose logins are throttled by client address too. */
        default Optional<String> clientAddress() {
            return Optional.empty();
        }

        /**
         * The password was right and nothing refused the attempt: signs in, or holds the login back until a further
         * proof (a new device's code). Runs inside the attempt's transaction.
         */
        default LoginResult passwordAccepted(A account, Instant now, SignIn signIn) {
            return new SignedIn(signIn.onDevice(null));
        }

        /**
         * The password was right, but the account is frozen: who froze it, for the answer. Runs inside the attempt's
         * transaction.
         */
        default FrozenBy frozenBy(A account) {
            return FrozenBy.CUSTOMER_SERVICE;
        }
    }

    /** Opens the session a successful login moves the visitor to. */
    @FunctionalInterface
    public interface SignIn {

        /** @param device the device the login was made on, which may end the session later; {@code null} for none */
        Session onDevice(DeviceId device);
    }

    /** Logs in with the password typed, into the account that {@code accounts} finds for what was typed with it. */
    public <A extends LoginAccount> LoginResult logIn(PlainPassword password, SessionId session, Accounts<A> accounts) {
        Optional<String> addressKey = accounts.clientAddress()
                .map(address -> loginKeys.hash("client address " + address));
        Instant start = clock.instant();
        Optional<Instant> addressLocked = addressKey.flatMap(key ->
                transactions.inTransaction(() -> unknownLogins.find(key)).retryAfter(start));
        if (addressLocked.isPresent()) {
            decoy.spendTimeOn(password);
            return new Locked(addressLocked.get());
        }
        Optional<A> found = transactions.inTransaction(accounts::findByLogin);
        if (found.isEmpty()) {
            decoy.spendTimeOn(password);
            return unknownLogin(loginKeys.hash(accounts.typedLogin()), addressKey, clock.instant(),
                    accounts::recordUnknownAttempt);
        }
        boolean passwordMatches = passwordHasher.matches(password, found.get().passwordHash());
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            A account = accounts.reload(found.get());
            LoginAttempt.Outcome outcome = LoginAttempt.decide(account.loginThrottle(), account.isFrozen(),
                    passwordMatches, now, lockoutPolicy);
            outcome.throttleToKeep().ifPresent(throttle -> accounts.keep(account, throttle));
            accounts.recordAttempt(account, outcome, now);
            if (outcome instanceof LoginAttempt.Succeeded) {
                return accounts.passwordAccepted(account, now,
                        device -> sessionRotation.signIn(session, accounts.principal(account), device, now));
            }
            return refusal(outcome, addressFailure(outcome, addressKey, now), () -> accounts.frozenBy(account));
        });
    }

    /**
     * A password typed for a login that names no account elsewhere than on a login form (to unfreeze an account, say):
     * spends the decoy's time, and counts and locks the login as {@link #logIn} would, under the same key, so that
     * the answer there tells no more than a login's does.
     *
     * @param typedLogin the login in the form {@link Accounts#typedLogin()} gives it
     */
    public LoginResult refuseUnknown(PlainPassword password, String typedLogin) {
        decoy.spendTimeOn(password);
        return unknownLogin(loginKeys.hash(typedLogin), Optional.empty(), clock.instant(), at -> { });
    }

    /** A login that names no account: its password is wrong whatever it is, and counts as a wrong one does. */
    private LoginResult unknownLogin(String loginKey, Optional<String> addressKey, Instant now,
                                     Consumer<Instant> recordAttempt) {
        return transactions.inTransaction(() -> {
            LoginAttempt.Outcome outcome = LoginAttempt.decide(unknownLogins.find(loginKey), false, false, now,
                    lockoutPolicy);
            outcome.throttleToKeep().ifPresent(throttle -> {
                Instant lockEnds = throttle.retryAfter(now).orElse(now);
                unknownLogins.keep(loginKey, throttle, lockEnds.plus(UNKNOWN_LOGIN_MEMORY));
            });
            recordAttempt.accept(now);
            return refusal(outcome, addressFailure(outcome, addressKey, now), () -> {
                throw new IllegalStateException("a login that names no account was taken for a frozen one");
            });
        });
    }

    /**
     * Counts a wrong password against the client address it came from; returns when the address's lock ends if this
     * one locked it. Call inside the attempt's transaction.
     */
    private Optional<Instant> addressFailure(LoginAttempt.Outcome outcome, Optional<String> addressKey, Instant now) {
        if (!(outcome instanceof LoginAttempt.WrongPassword) || addressKey.isEmpty()) {
            return Optional.empty();
        }
        LoginThrottle counted = unknownLogins.find(addressKey.get()).afterFailure(now, addressPolicy.asLockout());
        Instant lockEnds = counted.retryAfter(now).orElse(now);
        unknownLogins.keep(addressKey.get(), counted, lockEnds.plus(addressPolicy.memory()));
        return counted.retryAfter(now);
    }

    /** @param frozenBy who froze the account, asked only when the account is frozen */
    private static LoginResult refusal(LoginAttempt.Outcome outcome, Optional<Instant> addressLockedUntil,
                                       Supplier<FrozenBy> frozenBy) {
        if (addressLockedUntil.isPresent()) {
            return new Locked(addressLockedUntil.get());
        }
        return switch (outcome) {
            case LoginAttempt.RefusedFrozen frozen -> new Frozen(frozenBy.get());
            case LoginAttempt.RefusedLocked locked -> new Locked(locked.until());
            case LoginAttempt.WrongPassword wrong ->
                    wrong.lockedUntil().<LoginResult>map(Locked::new).orElseGet(WrongCredentials::new);
            case LoginAttempt.Succeeded succeeded ->
                    throw new IllegalStateException("a login that succeeded was taken for a refusal");
        };
    }
}
