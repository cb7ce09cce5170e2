package org.hexmall.domain.risk;

import java.util.Optional;

/**
 * What a risk hold holds back. A blocked payment or wallet binding holds both: whoever was refused one could move the
 * money the other way (bind another wallet, pay with another one), so the account neither pays nor binds until the
 * hold ends. A blocked login holds nothing: the login rules judge the address a login comes from (failed logins
 * there, another region), so holding the account would let whoever sends logins from a bad address lock its owner
 * out everywhere; the next login is assessed afresh. A customer's own report freezes the account instead.
 */
public enum HeldAttempts {
    PAYING_AND_BINDING;

    /** What a block of this kind of attempt holds; nothing for a login or a customer's report. */
    public static Optional<HeldAttempts> after(AttemptKind kind) {
        return switch (kind) {
            case PAYMENT, BINDING -> Optional.of(PAYING_AND_BINDING);
            case LOGIN, CUSTOMER_REPORT -> Optional.empty();
        };
    }

    /** True when an attempt of this kind is held back by a hold of these attempts. */
    public boolean holds(AttemptKind kind) {
        return after(kind).filter(this::equals).isPresent();
    }
}
