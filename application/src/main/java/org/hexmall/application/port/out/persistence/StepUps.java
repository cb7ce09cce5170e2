package org.hexmall.application.port.out.persistence;

import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.StepUp;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.StepUpId;

/**
 * Where step-ups are kept between the pages of one (the code form, the trip to the face check and back), so that
 * any server behind the load balancer can carry on with it; a session could not hold it, and would lose it when a
 * passed step-up moves the visitor to a new session id.
 */
public interface StepUps {

    /** Stores a new step-up or the new state of a stored one. */
    void save(StepUp stepUp);

    Optional<StepUp> findById(StepUpId id);

    /** The step-up the customer started most recently for this action, whatever its state. */
    Optional<StepUp> latestFor(CustomerId customer, StepUpAction action);
}
