package org.hexmall.domain.risk;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.SecurityEvent;
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

    /** Between what a hold's security event names and the hold's end. */
    private static final String UNTIL = " until ";

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

    /**
     * The detail of the security event that tells the customer of this hold: what it held back, then when it ends
     * ("ALIPAY 138****5678 until 2026-12-07T06:32:00Z"), so that their activity can say how long it lasts without
     * reading the hold. The subject is shortened so that the whole fits a security event's detail.
     */
    public String eventDetail(String subject) {
        String until = UNTIL + endsAt;
        String shown = SecurityEvent.detailOf(subject);
        int room = SecurityEvent.MAX_DETAIL_LENGTH - until.length();
        if (shown.length() > room) {
            shown = shown.substring(0, room - 1).strip() + "…";
        }
        return shown + until;
    }

    /** The end of the hold a security event's detail names, as {@link #eventDetail} wrote it; empty if it names none. */
    public static Optional<Instant> endIn(String eventDetail) {
        int at = eventDetail == null ? -1 : eventDetail.lastIndexOf(UNTIL);
        if (at < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(eventDetail.substring(at + UNTIL.length())));
        } catch (DateTimeParseException notAnEnd) {
            return Optional.empty();
        }
    }

    /** What a security event's detail names, without the end of the hold that {@link #eventDetail} added. */
    public static String subjectIn(String eventDetail) {
        return endIn(eventDetail).map(end -> eventDetail.substring(0, eventDetail.lastIndexOf(UNTIL)).strip())
                .orElse(eventDetail == null ? "" : eventDetail);
    }
}
