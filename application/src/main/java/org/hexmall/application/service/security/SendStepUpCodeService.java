package org.hexmall.application.service.security;

import org.hexmall.application.port.in.security.SendStepUpCode;
import org.hexmall.application.port.in.security.StepUpProgress;
import org.hexmall.application.service.security.shared.StepUpSteps;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.shared.Language;

public final class SendStepUpCodeService implements SendStepUpCode {

    private final StepUpSteps steps;

    public SendStepUpCodeService(StepUpSteps steps) {
        this.steps = steps;
    }

    @Override
    public StepUpProgress send(StepUpId id, Principal visitor, Language language) {
        return steps.transactions().inTransaction(() -> steps.reachable(id, visitor))
                .map(stepUp -> steps.sendCode(stepUp, language))
                .orElseGet(StepUpProgress.NotFound::new);
    }
}
