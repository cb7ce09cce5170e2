package org.hexmall.application.service.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.StepUps;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.StepUp;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.StepUpId;

/**
 * How a use case requires a step-up for its action: before acting it asks {@link #consume} inside its own
 * transaction, and acts only on {@code true}. A passed step-up is used up by the one action it was for, so that
 * it allows that action once; when there is none, the caller answers "verify first", and the page starts one with
 * {@link org.hexmall.application.port.in.security.StartStepUp}.
 */
public final class StepUpGate {

    private final StepUps stepUps;
    private final Clock clock;

    public StepUpGate(StepUps stepUps, Clock clock) {
        this.stepUps = stepUps;
        this.clock = clock;
    }

    /** True when the customer has a passed, unused step-up for this action now; uses nothing up. */
    public boolean hasPassed(CustomerId customer, StepUpAction action) {
        return stepUps.latestFor(customer, action).filter(latest -> latest.allows(action, clock.instant())).isPresent();
    }

    /**
     * Uses up the customer's passed step-up for this action, if there is one; true when there was. Call inside the
     * transaction that takes the action, so that the action and the use of its step-up are kept together.
     */
    public boolean consume(CustomerId customer, StepUpAction action) {
        Instant now = clock.instant();
        Optional<StepUp> passed = stepUps.latestFor(customer, action).filter(latest -> latest.allows(action, now));
        passed.ifPresent(stepUp -> stepUps.save(stepUp.consumed(action, now)));
        return passed.isPresent();
    }

    /**
     * Uses up the passed step-up with this id, if it is one for this action; the customer it proved when it was.
     * For the one action taken without a signed-in customer: unfreezing one's own account.
     */
    public Optional<CustomerId> consume(StepUpId id, StepUpAction action) {
        Instant now = clock.instant();
        Optional<StepUp> passed = stepUps.findById(id).filter(found -> found.allows(action, now));
        passed.ifPresent(stepUp -> stepUps.save(stepUp.consumed(action, now)));
        return passed.map(StepUp::customer);
    }
}
