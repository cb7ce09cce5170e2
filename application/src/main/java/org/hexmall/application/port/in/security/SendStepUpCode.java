package org.hexmall.application.port.in.security;

import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.shared.Language;

/**
 * "Send me a code" on a pending step-up: a new code to the account's phone, within the code rules' limits. It also
 * turns a step-up by face check into one by code, for a customer whose camera failed.
 */
public interface SendStepUpCode {

    /**
     * @return {@code CodeSent}, {@code CodeNotSentYet}, {@code CodeDailyLimitReached}, {@code Over} or
     *         {@code NotFound}
     */
    StepUpProgress send(StepUpId stepUp, Principal visitor, Language language);
}
