package org.hexmall.domain.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;

/**
 * One step-up verification (二次验证): a customer about to take a sensitive {@link StepUpAction} proves once more
 * that they are who the account says, with a {@link StepUpFactor}. A passed step-up allows that one action, once,
 * for a short time; then it is consumed or expires. Immutable: each event returns the next state.
 *
 * @param decidedAt     when it passed, failed or was consumed; {@code null} while pending
 * @param faceReference the face check under way for it, when the factor is {@link StepUpFactor#FACE} and a check
 *                      was started; {@code null} otherwise
 */
public record StepUp(StepUpId id, CustomerId customer, StepUpAction action, StepUpFactor factor,
                     StepUpState state, Instant startedAt, Instant decidedAt, String faceReference) {

    /**
     * How long a step-up may wait for its factor: long enough for a code's five minutes after a resend, short
     * enough that a page left open overnight asks again.
     */
    public static final Duration PENDING_FOR = Duration.ofMinutes(10);

    /** How long a passed step-up allows its action: the customer is expected to go on at once. */
    public static final Duration VALID_FOR = Duration.ofMinutes(5);

    public StepUp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
        if (state == StepUpState.EXPIRED) {
            throw new IllegalArgumentException("expiry is read off the clock, never stored");
        }
        if ((state == StepUpState.PENDING) != (decidedAt == null)) {
            throw new IllegalArgumentException("a step-up has a decision time exactly when it is no longer pending");
        }
    }

    /** A new step-up waiting for the customer to prove their identity with {@code factor}. */
    public static StepUp start(StepUpId id, CustomerId customer, StepUpAction action, StepUpFactor factor,
                               Instant now) {
        return new StepUp(id, customer, action, factor, StepUpState.PENDING, now, null, null);
    }

    /** The state at {@code now}: a pending or passed step-up past its time has expired. */
    public StepUpState stateAt(Instant now) {
        return switch (state) {
            case PENDING -> now.isBefore(startedAt.plus(PENDING_FOR)) ? StepUpState.PENDING : StepUpState.EXPIRED;
            case PASSED -> now.isBefore(decidedAt.plus(VALID_FOR)) ? StepUpState.PASSED : StepUpState.EXPIRED;
            default -> state;
        };
    }

    public boolean isPendingAt(Instant now) {
        return stateAt(now) == StepUpState.PENDING;
    }

    /** True when the step-up allows {@code wanted} at {@code now}: passed for that very action, not used, not old. */
    public boolean allows(StepUpAction wanted, Instant now) {
        return action == wanted && stateAt(now) == StepUpState.PASSED;
    }

    /**
     * Whether a visitor may see and carry on this step-up: the customer it is for, signed in; or, for unfreezing an
     * account, which nobody can sign in to while it is frozen, the visitor who proved its password and holds the
     * step-up's random id.
     */
    public boolean isReachableBy(Principal visitor) {
        return switch (visitor) {
            case Principal.Customer signedIn -> signedIn.customerId().equals(customer);
            case Principal.Anonymous anonymous -> action == StepUpAction.UNFREEZE_ACCOUNT;
            case Principal.Agent agent -> false;
        };
    }

    /** The same step-up, still pending, proved another way (the camera failed: a code by SMS instead). */
    public StepUp switchedTo(StepUpFactor newFactor, Instant now) {
        requirePending(now);
        return new StepUp(id, customer, action, newFactor, state, startedAt, null, null);
    }

    /** The same step-up with the face check started for it. */
    public StepUp checkingFace(String reference, Instant now) {
        requirePending(now);
        if (factor != StepUpFactor.FACE) {
            throw new IllegalStateException("a face check for a step-up by " + factor);
        }
        return new StepUp(id, customer, action, factor, state, startedAt, null, Objects.requireNonNull(reference));
    }

    /** The customer proved their identity: the action is allowed for {@link #VALID_FOR}. */
    public StepUp passed(Instant now) {
        requirePending(now);
        return new StepUp(id, customer, action, factor, StepUpState.PASSED, startedAt, now, faceReference);
    }

    /** The factor said no (a code used up, a face that was not the customer's): only a new step-up helps. */
    public StepUp failed(Instant now) {
        requirePending(now);
        return new StepUp(id, customer, action, factor, StepUpState.FAILED, startedAt, now, faceReference);
    }

    /** The action took place: this step-up allows nothing any more. */
    public StepUp consumed(StepUpAction wanted, Instant now) {
        if (!allows(wanted, now)) {
            throw new IllegalStateException("a step-up that does not allow " + wanted + " was consumed");
        }
        return new StepUp(id, customer, action, factor, StepUpState.CONSUMED, startedAt, now, faceReference);
    }

    public Optional<Instant> decidedAtIfDecided() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> faceCheck() {
        return Optional.ofNullable(faceReference);
    }

    private void requirePending(Instant now) {
        if (!isPendingAt(now)) {
            throw new IllegalStateException("the step-up is " + stateAt(now) + ", no longer pending");
        }
    }
}
