package org.hexmall.application.service.security;

import java.net.URI;
import java.util.function.Function;
import org.hexmall.application.port.in.security.OpenFaceCheck;
import org.hexmall.application.port.in.security.StartStepUp;
import org.hexmall.application.port.in.security.StepUpProgress;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.service.security.shared.StepUpSteps;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.StepUp;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.shared.Language;

/** Stores the new step-up, then sends its code or opens its face check as the other step-up use cases do. */
public final class StartStepUpService implements StartStepUp {

    private final StepUpSteps steps;
    private final OpenFaceCheck openFaceCheck;
    private final RandomTokens tokens;

    public StartStepUpService(StepUpSteps steps, OpenFaceCheck openFaceCheck, RandomTokens tokens) {
        this.steps = steps;
        this.openFaceCheck = openFaceCheck;
        this.tokens = tokens;
    }

    @Override
    public StepUpProgress start(CustomerId customer, StepUpAction action, StepUpFactor factor,
                                Function<StepUpId, URI> faceReturn, Language language) {
        StepUp stepUp = StepUp.start(new StepUpId(tokens.uuid()), customer, action, factor, steps.clock().instant());
        steps.transactions().inTransaction(() -> steps.stepUps().save(stepUp));
        return switch (factor) {
            case SMS_CODE -> steps.sendCode(stepUp, language);
            case FACE -> openFaceCheck.open(stepUp.id(), new Principal.Customer(customer),
                    faceReturn.apply(stepUp.id()), language);
        };
    }
}
