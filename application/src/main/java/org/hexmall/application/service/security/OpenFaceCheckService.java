package org.hexmall.application.service.security;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.security.OpenFaceCheck;
import org.hexmall.application.port.in.security.StepUpProgress;
import org.hexmall.application.port.out.face.FaceCheck;
import org.hexmall.application.service.security.shared.StepUpSteps;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.StepUp;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.shared.Language;

/** The face-check service is called between two transactions, never inside one, as a wallet provider is. */
public final class OpenFaceCheckService implements OpenFaceCheck {

    private final StepUpSteps steps;
    private final FaceCheck faceCheck;

    public OpenFaceCheckService(StepUpSteps steps, FaceCheck faceCheck) {
        this.steps = steps;
        this.faceCheck = faceCheck;
    }

    @Override
    public StepUpProgress open(StepUpId id, Principal visitor, URI faceReturn, Language language) {
        Instant now = steps.clock().instant();
        Optional<StepUp> found = steps.transactions().inTransaction(() -> steps.reachable(id, visitor));
        if (found.isEmpty()) {
            return new StepUpProgress.NotFound();
        }
        if (!found.get().isPendingAt(now)) {
            return new StepUpProgress.Over(id);
        }
        return switch (faceCheck.start(found.get().customer(), faceReturn, language)) {
            case FaceCheck.ServiceUnavailable unavailable -> new StepUpProgress.FaceCheckUnavailable(id);
            case FaceCheck.Started started -> steps.transactions().inTransaction(() -> {
                StepUp stepUp = steps.stepUps().findById(id).orElseThrow();
                Instant then = steps.clock().instant();
                if (!stepUp.isPendingAt(then)) {
                    return new StepUpProgress.Over(id);
                }
                steps.stepUps().save(stepUp.switchedTo(StepUpFactor.FACE, then)
                        .checkingFace(started.reference(), then));
                return new StepUpProgress.FaceCheckOpened(id, started.page());
            });
        };
    }
}
