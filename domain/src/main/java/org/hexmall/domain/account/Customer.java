package org.hexmall.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.security.LoginAccount;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.security.PasswordHash;

/** A customer's store account (京东账号): who they are, how they log in, and whether it may be used. */
public final class Customer implements LoginAccount {

    private final CustomerId id;
    private final PhoneNumber phone;
    private final EmailAddress email;
    private final DisplayName displayName;
    private final PasswordHash passwordHash;
    private final AccountStatus status;
    private final Instant registeredAt;
    private final LoginThrottle loginThrottle;

    private Customer(CustomerId id, PhoneNumber phone, EmailAddress email, DisplayName displayName,
                     PasswordHash passwordHash, AccountStatus status, Instant registeredAt,
                     LoginThrottle loginThrottle) {
        this.id = Objects.requireNonNull(id, "id");
        this.phone = Objects.requireNonNull(phone, "phone");
        this.email = email;
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.status = Objects.requireNonNull(status, "status");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.loginThrottle = Objects.requireNonNull(loginThrottle, "loginThrottle");
    }

    /** A newly registered, active account with a clean login record. */
    public static Customer register(CustomerId id, PhoneNumber phone, Optional<EmailAddress> email,
                                    DisplayName displayName, PasswordHash passwordHash, Instant now) {
        return new Customer(id, phone, email.orElse(null), displayName, passwordHash,
                AccountStatus.ACTIVE, now, LoginThrottle.CLEAR);
    }

    /** An account as it was stored. */
    public static Customer reconstitute(CustomerId id, PhoneNumber phone, Optional<EmailAddress> email,
                                        DisplayName displayName, PasswordHash passwordHash,
                                        AccountStatus status, Instant registeredAt, LoginThrottle loginThrottle) {
        return new Customer(id, phone, email.orElse(null), displayName, passwordHash, status,
                registeredAt, loginThrottle);
    }

    /** The same account with the throttle a login attempt left behind. */
    public Customer withLoginThrottle(LoginThrottle throttle) {
        return new Customer(id, phone, email, displayName, passwordHash, status, registeredAt, throttle);
    }

    /**
     * The same account with a password the customer chose anew after proving their phone. Proving the phone is
     * what a login lock waits for, so the lock goes too; a frozen account stays frozen.
     */
    public Customer withNewPassword(PasswordHash newHash) {
        return new Customer(id, phone, email, displayName, newHash, status, registeredAt, LoginThrottle.CLEAR);
    }

    /** The same account reached at a new mobile number, which the customer proved they hold. */
    public Customer withPhone(PhoneNumber newPhone) {
        return new Customer(id, newPhone, email, displayName, passwordHash, status, registeredAt, loginThrottle);
    }

    /** The same account frozen by customer service: it cannot log in, pay or bind a wallet until unfrozen. */
    public Customer frozen() {
        return new Customer(id, phone, email, displayName, passwordHash, AccountStatus.FROZEN, registeredAt,
                loginThrottle);
    }

    /** The same account in use again after a freeze. */
    public Customer unfrozen() {
        return new Customer(id, phone, email, displayName, passwordHash, AccountStatus.ACTIVE, registeredAt,
                loginThrottle);
    }

    @Override
    public boolean isFrozen() {
        return status == AccountStatus.FROZEN;
    }

    public CustomerId id() {
        return id;
    }

    public PhoneNumber phone() {
        return phone;
    }

    public Optional<EmailAddress> email() {
        return Optional.ofNullable(email);
    }

    public DisplayName displayName() {
        return displayName;
    }

    @Override
    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public AccountStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    @Override
    public LoginThrottle loginThrottle() {
        return loginThrottle;
    }
}
