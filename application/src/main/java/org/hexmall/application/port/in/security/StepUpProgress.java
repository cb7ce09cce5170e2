package org.hexmall.application.port.in.security;

import java.net.URI;
import java.time.Instant;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.StepUpId;

/**
 * Where a step-up stands after one thing the customer did on its pages: each answer leads to its own message and
 * next step. Every step-up in-port answers with one of these.
 */
public sealed interface StepUpProgress {

    /** A code went to the account's phone; another may be asked for from {@code resendAt}. */
    record CodeSent(StepUpId stepUp, String maskedPhone, Instant resendAt) implements StepUpProgress {
    }

    /**
     * No code went now: a code went to the phone a moment ago, for this or another purpose, and no new one goes until
     * {@code retryAt}.
     *
     * @param earlierCode what the customer holds of this step-up's codes meanwhile: one that still works, one that no
     *                    longer does, or none, when the phone's last code was for something else (a login, say)
     */
    record CodeNotSentYet(StepUpId stepUp, String maskedPhone, Instant retryAt, EarlierCode earlierCode)
            implements StepUpProgress {
    }

    /**
     * No code went now: the phone has received as many codes as it may in a day, for this or other purposes, and no
     * new one goes until after {@code retryAfter}.
     *
     * @param earlierCode what the customer holds of this step-up's codes meanwhile, as for {@link CodeNotSentYet}
     */
    record CodeDailyLimitReached(StepUpId stepUp, String maskedPhone, Instant retryAfter, EarlierCode earlierCode)
            implements StepUpProgress {
    }

    /** A step-up's latest code, as far as the customer may still use it. */
    enum EarlierCode {
        /** None was sent for this step-up. */
        NONE,
        /** The latest one sent for it still works until it expires. */
        WORKS,
        /** The latest one sent for it no longer works: it expired. */
        NO_LONGER_WORKS
    }

    /** The face check is open: send the customer to {@code page}. */
    record FaceCheckOpened(StepUpId stepUp, URI page) implements StepUpProgress {
    }

    /** The face-check service cannot be reached now: try again later, or use a code by SMS instead. */
    record FaceCheckUnavailable(StepUpId stepUp) implements StepUpProgress {
    }

    /**
     * The customer proved their identity: the action may go ahead once, within a few minutes. The visitor now uses
     * {@code session}, a new session id, so that an id seen before the step-up is worth nothing after it.
     */
    record Passed(StepUpId stepUp, Session session) implements StepUpProgress {
    }

    /** Not the code that was sent; {@code entriesLeft} more tries. */
    record WrongCode(StepUpId stepUp, int entriesLeft) implements StepUpProgress {
    }

    /** Too many wrong codes: the step-up failed, only a new one helps. */
    record CodeUsedUp(StepUpId stepUp) implements StepUpProgress {
    }

    /** The code is older than its five minutes, or none was sent: ask for a new code. */
    record CodeExpired(StepUpId stepUp) implements StepUpProgress {
    }

    /** The face check saw someone else: the step-up failed. Try again, use a code, or call customer service. */
    record FaceNotMatched(StepUpId stepUp) implements StepUpProgress {
    }

    /** The camera could not be used: the step-up is still open, best continued with a code by SMS. */
    record CameraUnavailable(StepUpId stepUp) implements StepUpProgress {
    }

    /** The customer came back before finishing the face check: it is still open. */
    record FaceCheckPending(StepUpId stepUp) implements StepUpProgress {
    }

    /** The step-up is over (expired, failed or used): start again from the action. */
    record Over(StepUpId stepUp) implements StepUpProgress {
    }

    /** No such step-up for this visitor. */
    record NotFound() implements StepUpProgress {
    }
}
