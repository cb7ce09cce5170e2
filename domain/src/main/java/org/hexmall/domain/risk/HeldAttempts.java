package org.hexmall.domain.risk;

import java.util.Optional;

/**
 * What a risk hold holds back. A blocked payment or wallet binding holds both: whoever was refused one could move the
 * money the other way (bind another wallet, pay with another one), so the account neither pays nor binds until the
 * hold ends. A blocked login holds the account's logins only. A customer's own report freezes the account instead.
 */
public enum HeldAttempts {
    PAYING_AND_BINDING,
    LOGINS;

    /** What a block of this kind of attempt holds; nothing for a customer's report. */
    public static Optional<HeldAttempts> after(AttemptKind kind) {
        return switch (kind) {
            case PAYMENT, BINDING -> Optional.of(PAYING_AND_BINDING);
            case LOGIN -> Optional.of(LOGINS);
            case CUSTOMER_REPORT -> Optional.empty();
        };
    }

    /** True when an attempt of this kind is held back by a hold of these attempts. */
    public boolean holds(AttemptKind kind) {
        return after(kind).filter(this::equals).isPresent();
    }
}
