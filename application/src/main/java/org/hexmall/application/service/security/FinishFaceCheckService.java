package org.hexmall.application.service.security;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.security.FinishFaceCheck;
import org.hexmall.application.port.in.security.StepUpProgress;
import org.hexmall.application.port.out.face.FaceCheck;
import org.hexmall.application.service.security.shared.StepUpSteps;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.security.StepUp;
import org.hexmall.domain.security.StepUpId;

/**
 * Asks the face-check service for the outcome of the step-up's own check (the reference stored when it opened, not
 * one the browser names), then applies it to the step-up as stored now.
 */
public final class FinishFaceCheckService implements FinishFaceCheck {

    private final StepUpSteps steps;
    private final FaceCheck faceCheck;

    public FinishFaceCheckService(StepUpSteps steps, FaceCheck faceCheck) {
        this.steps = steps;
        this.faceCheck = faceCheck;
    }

    @Override
    public StepUpProgress finish(StepUpId id, Principal visitor, SessionId session, String clientAddress) {
        Optional<StepUp> found = steps.transactions().inTransaction(() -> steps.reachable(id, visitor));
        if (found.isEmpty()) {
            return new StepUpProgress.NotFound();
        }
        if (!found.get().isPendingAt(steps.clock().instant()) || found.get().faceCheck().isEmpty()) {
            return new StepUpProgress.Over(id);
        }
        String reference = found.get().faceCheck().get();
        FaceCheck.Outcome outcome = faceCheck.outcome(reference);
        return steps.transactions().inTransaction(() -> {
            StepUp stepUp = steps.stepUps().findById(id).orElseThrow();
            Instant now = steps.clock().instant();
            if (!stepUp.isPendingAt(now) || !stepUp.faceCheck().equals(Optional.of(reference))) {
                return new StepUpProgress.Over(id);
            }
            return switch (outcome) {
                case MATCHED -> steps.pass(stepUp, session, clientAddress);
                case NOT_MATCHED -> {
                    steps.fail(stepUp, clientAddress);
                    yield new StepUpProgress.FaceNotMatched(id);
                }
                case CAMERA_UNAVAILABLE -> new StepUpProgress.CameraUnavailable(id);
                case PENDING -> new StepUpProgress.FaceCheckPending(id);
                case UNKNOWN -> new StepUpProgress.FaceCheckUnavailable(id);
            };
        });
    }
}
