package org.hexmall.application.port.in.security;

import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.security.StepUpId;

/**
 * The customer is back from the face check. What the browser says about the check counts for nothing: the store
 * asks the face-check service how the check ended.
 */
public interface FinishFaceCheck {

    /**
     * @return {@code Passed}, {@code FaceNotMatched}, {@code CameraUnavailable}, {@code FaceCheckPending},
     *         {@code FaceCheckUnavailable}, {@code Over} or {@code NotFound}
     * @param clientAddress where the customer came back from, shown beside the step-up's result in their activity
     *                      ("" when unknown)
     */
    StepUpProgress finish(StepUpId stepUp, Principal visitor, SessionId session, String clientAddress);
}
