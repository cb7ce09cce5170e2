package org.hexmall.application.port.in.security;

import java.net.URI;
import java.util.function.Function;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.shared.Language;

/**
 * A customer about to take a sensitive action proves their identity once more (二次验证). This starts the step-up:
 * with {@link StepUpFactor#SMS_CODE} a code goes to the account's phone; with {@link StepUpFactor#FACE} a face check
 * opens. Every use case that needs a step-up has it started this way, and consumes the passed one with
 * {@code org.hexmall.application.service.shared.StepUpGate} in its own transaction.
 */
public interface StartStepUp {

    /**
     * @param faceReturn where the face check sends the customer back, for the step-up it names; used for the face
     *                   factor only
     * @return {@code CodeSent}, {@code CodeNotSentYet}, {@code CodeDailyLimitReached}, {@code FaceCheckOpened} or
     *         {@code FaceCheckUnavailable}
     */
    StepUpProgress start(CustomerId customer, StepUpAction action, StepUpFactor factor,
                         Function<StepUpId, URI> faceReturn,
                         Language language);
}
