package org.hexmall.domain.wallet;

import java.util.Set;

/**
 * Where a wallet binding is in its life. Each status lists the statuses it may move to; a binding
 * refuses any other move, so an unbound wallet can never become active again by mistake.
 */
public enum BindingStatus {
    /** Ended: the customer unbound it, in hexmall or (as {@link #REVOKED}) in the wallet app. */
    UNBOUND,
    /** Ended: another wallet took its place under the binding policy. */
    REPLACED,
    /** Ended: the provider reported that the customer cancelled the agreement in the wallet app. */
    REVOKED,
    /** Ended before it was active, with a reason. */
    FAILED,
    /** Ended before it was active because the customer did not finish in time. */
    EXPIRED,
    /** Bound: payments may use it. */
    ACTIVE(UNBOUND, REPLACED, REVOKED),
    /** The code was right; the customer is confirming in the wallet app. */
    AWAITING_AUTHORIZATION(ACTIVE, FAILED, EXPIRED),
    /** A verification code went to the customer's phone. */
    CODE_SENT(AWAITING_AUTHORIZATION, FAILED, EXPIRED);

    private final Set<BindingStatus> next;

    BindingStatus(BindingStatus... next) {
        // Not an EnumSet: the enum's own constants are still being built while this constructor runs.
        this.next = Set.of(next);
    }

    public boolean canMoveTo(BindingStatus target) {
        return next.contains(target);
    }

    /** True for the statuses a binding never leaves. */
    public boolean isFinal() {
        return next.isEmpty();
    }

    /** True while the binding is being set up: a code was sent or the wallet app is asked. */
    public boolean isPending() {
        return this == CODE_SENT || this == AWAITING_AUTHORIZATION;
    }
}
