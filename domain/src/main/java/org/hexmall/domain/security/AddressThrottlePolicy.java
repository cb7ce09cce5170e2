package org.hexmall.domain.security;

import java.time.Duration;

/**
 * How many wrong passwords from one client address, across every login typed there, lock that address out, for how
 * long, and how long a quiet address's count is remembered. It stops one machine from trying a list of stolen
 * passwords against many accounts (credential stuffing), which no account's own lock notices. A success does not clear
 * it: one good account of the attacker's own must not wipe the count.
 *
 * @param maxFailures   the wrong password that reaches this count locks the address
 * @param lockDuration  how long the address is refused, whatever is typed
 * @param memory        how long after its last wrong password an address's count is forgotten
 */
public record AddressThrottlePolicy(int maxFailures, Duration lockDuration, Duration memory) {

    /** Twenty wrong passwords from one address, without an hour's pause, lock it for fifteen minutes. */
    public static final AddressThrottlePolicy STANDARD =
            new AddressThrottlePolicy(20, Duration.ofMinutes(15), Duration.ofHours(1));

    public AddressThrottlePolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()
                || memory == null || memory.isNegative() || memory.isZero()) {
            throw new IllegalArgumentException("lockDuration and memory must be positive");
        }
    }

    /** The same rule in the terms of a login's own lock, which the address's throttle counts by. */
    public LoginLockoutPolicy asLockout() {
        return new LoginLockoutPolicy(maxFailures, lockDuration);
    }
}
