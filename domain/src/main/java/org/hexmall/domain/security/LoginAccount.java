package org.hexmall.domain.security;

/** An account that logs in with a password and is locked after too many wrong ones: a customer's or an agent's. */
public interface LoginAccount {

    PasswordHash passwordHash();

    LoginThrottle loginThrottle();

    /** Whether customer service froze the account; only a customer's account can be frozen. */
    default boolean isFrozen() {
        return false;
    }
}
