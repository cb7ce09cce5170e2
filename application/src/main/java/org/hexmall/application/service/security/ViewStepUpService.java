package org.hexmall.application.service.security;

import java.util.Optional;
import org.hexmall.application.port.in.security.StepUpView;
import org.hexmall.application.port.in.security.ViewStepUp;
import org.hexmall.application.service.security.shared.StepUpSteps;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.StepUpId;

public final class ViewStepUpService implements ViewStepUp {

    private final StepUpSteps steps;

    public ViewStepUpService(StepUpSteps steps) {
        this.steps = steps;
    }

    @Override
    public Optional<StepUpView> view(StepUpId id, Principal visitor) {
        return steps.transactions().inTransaction(() -> steps.reachable(id, visitor).map(stepUp -> new StepUpView(
                stepUp.id(), stepUp.action(), stepUp.factor(), stepUp.stateAt(steps.clock().instant()),
                steps.customerOf(stepUp).phone().masked())));
    }
}
