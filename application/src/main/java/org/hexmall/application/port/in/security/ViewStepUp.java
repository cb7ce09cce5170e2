package org.hexmall.application.port.in.security;

import java.util.Optional;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.StepUpId;

/** The step-up page shows where a step-up stands. */
public interface ViewStepUp {

    /** Empty when there is no such step-up, or it is not {@code visitor}'s to see. */
    Optional<StepUpView> view(StepUpId stepUp, Principal visitor);
}
