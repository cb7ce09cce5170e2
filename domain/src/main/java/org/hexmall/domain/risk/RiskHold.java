package org.hexmall.domain.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;

/**
 * What a block leaves behind: until customer service lifts it or its period ends, the attempts it holds are refused
 * before the risk rules run, so that the customer cannot simply try again once the rule's own window has passed.
 * One hold per blocking alert, named by it.
 *
 * @param alert    the alert raised on the blocked attempt, which placed the hold
 * @param holds    what it holds back, as the blocked attempt's kind says
 * @param endsAt   from then on the hold no longer holds anything, lifted or not
 * @param lifted   empty until an agent lifts it
 */
public record RiskHold(RiskAlertId alert, CustomerId customerId, HeldAttempts holds, Instant placedAt, Instant endsAt,
                       Optional<Lift> lifted) {

    /** An agent lifted the hold, for a reason that goes into the audit log too. */
    public record Lift(Instant at, AgentId agentId, String agentUsername, String reason) {

        public Lift {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(agentId, "agentId");
            Objects.requireNonNull(agentUsername, "agentUsername");
            reason = AuditEntry.requireReason(reason);
        }
    }

    public RiskHold {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(holds, "holds");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(lifted, "lifted");
        if (!endsAt.isAfter(placedAt)) {
            throw new IllegalArgumentException("a hold ends after it is placed");
        }
    }

    /**
     * The hold a blocking alert places, for {@code period} from when the alert was raised; none for an alert that
     * did not block, or that the customer's own report raised (that freezes the account instead).
     */
    public static Optional<RiskHold> placedBy(RiskAlert alert, Duration period) {
        if (alert.decision() != RiskDecision.BLOCK) {
            return Optional.empty();
        }
        return HeldAttempts.after(alert.attempt().kind()).map(held -> new RiskHold(alert.id(), alert.customerId(),
                held, alert.raisedAt(), alert.raisedAt().plus(period), Optional.empty()));
    }

    /** Holding at {@code now}: not lifted, and its period not over (it ends at {@link #endsAt} exactly). */
    public boolean isActiveAt(Instant now) {
        return lifted.isEmpty() && holdsUntil(Optional.of(endsAt), now);
    }

    /** True when a hold not lifted that ends at {@code endsAt} (none: no such hold) still holds at {@code now}. */
    public static boolean holdsUntil(Optional<Instant> endsAt, Instant now) {
        return endsAt.filter(now::isBefore).isPresent();
    }

    /** True when it holds an attempt of this kind back at {@code now}. */
    public boolean holdsBack(AttemptKind kind, Instant now) {
        return isActiveAt(now) && holds.holds(kind);
    }

    /** The same hold, lifted; only a hold still holding can be lifted. */
    public RiskHold liftedBy(Lift lift) {
        if (!isActiveAt(lift.at())) {
            throw new IllegalStateException("only a hold still holding can be lifted");
        }
        return new RiskHold(alert, customerId, holds, placedAt, endsAt, Optional.of(lift));
    }
}
