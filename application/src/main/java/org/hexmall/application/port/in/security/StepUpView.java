package org.hexmall.application.port.in.security;

import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.security.StepUpState;

/** A step-up as its page shows it; the phone is masked, as everywhere. */
public record StepUpView(StepUpId id, StepUpAction action, StepUpFactor factor, StepUpState state,
                         String maskedPhone) {
}
