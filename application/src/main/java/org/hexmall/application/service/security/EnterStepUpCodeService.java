package org.hexmall.application.service.security;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.security.EnterStepUpCode;
import org.hexmall.application.port.in.security.StepUpProgress;
import org.hexmall.application.service.security.shared.StepUpSteps;
import org.hexmall.application.service.shared.CodeDispatch.CodeEntry;
import org.hexmall.application.service.shared.CodeDispatch;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.security.StepUp;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.security.VerificationCode.CodeCheck;

/**
 * Checks the code against the latest one sent to the account's phone for a step-up since this step-up started, so
 * that a code sent for an older one proves nothing; in one transaction with what it does to the step-up.
 */
public final class EnterStepUpCodeService implements EnterStepUpCode {

    private final StepUpSteps steps;
    private final CodeDispatch codes;

    public EnterStepUpCodeService(StepUpSteps steps, CodeDispatch codes) {
        this.steps = steps;
        this.codes = codes;
    }

    @Override
    public StepUpProgress enter(StepUpId id, Principal visitor, String digits, SessionId session,
                                String clientAddress) {
        return steps.transactions().inTransaction(() -> {
            Optional<StepUp> found = steps.reachable(id, visitor);
            if (found.isEmpty()) {
                return new StepUpProgress.NotFound();
            }
            StepUp stepUp = found.get();
            Instant now = steps.clock().instant();
            if (!stepUp.isPendingAt(now) || stepUp.factor() != StepUpFactor.SMS_CODE) {
                return stepUp.isPendingAt(now) ? new StepUpProgress.CodeExpired(id) : new StepUpProgress.Over(id);
            }
            Optional<CodeEntry> entry = codes.check(steps.customerOf(stepUp).phone(), CodePurpose.STEP_UP, digits,
                    stepUp.startedAt());
            if (entry.isEmpty()) {
                return new StepUpProgress.CodeExpired(id);
            }
            return switch (entry.get().check()) {
                case CodeCheck.Accepted accepted -> steps.pass(stepUp, session, clientAddress);
                case CodeCheck.Wrong wrong -> new StepUpProgress.WrongCode(id, wrong.entriesLeft());
                case CodeCheck.Exhausted exhausted -> {
                    steps.fail(stepUp, clientAddress);
                    yield new StepUpProgress.CodeUsedUp(id);
                }
                case CodeCheck.Expired expired -> new StepUpProgress.CodeExpired(id);
                case CodeCheck.AlreadyUsed used -> new StepUpProgress.CodeExpired(id);
            };
        });
    }
}
