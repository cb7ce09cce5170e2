package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import org.hexmall.domain.security.LoginThrottle;

/**
 * The throttles of logins that name no account. What wrong passwords do to a registered login they do to an unknown
 * one too, so that neither the answers nor the lock tell whether an account exists. Each throttle is kept under a
 * keyed hash of the login as typed, never the login itself: people type their password into the login field.
 */
public interface LoginThrottles {

    /** The throttle kept for {@code loginKey}; {@link LoginThrottle#CLEAR} when none is. */
    LoginThrottle find(String loginKey);

    /**
     * Keeps {@code throttle} for {@code loginKey} in place of any kept before; it may be forgotten after
     * {@code keepUntil}.
     */
    void keep(String loginKey, LoginThrottle throttle, Instant keepUntil);

    /** Forgets the throttles kept until before {@code now}; returns how many. */
    int forgetExpired(Instant now);
}
