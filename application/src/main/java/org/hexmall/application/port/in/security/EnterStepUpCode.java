package org.hexmall.application.port.in.security;

import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.security.StepUpId;

/** The customer types the code the step-up sent; the right one passes it and moves the visitor to a new session. */
public interface EnterStepUpCode {

    /**
     * @return {@code Passed}, {@code WrongCode}, {@code CodeUsedUp}, {@code CodeExpired}, {@code Over} or
     *         {@code NotFound}
     * @param clientAddress where the code was typed, shown beside the step-up's result in the customer's activity
     *                      ("" when unknown)
     */
    StepUpProgress enter(StepUpId stepUp, Principal visitor, String digits, SessionId session, String clientAddress);
}
