package org.hexmall.application.port.in.security;

import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.StepUpAction;

/**
 * Has the customer passed a step-up for this action that is still good? A page asks before showing the action's
 * form, so that a customer who just verified goes straight on and one who did not is asked to first. Only the
 * action's own use case uses the step-up up.
 */
public interface CheckStepUp {

    boolean hasPassed(CustomerId customer, StepUpAction action);
}
