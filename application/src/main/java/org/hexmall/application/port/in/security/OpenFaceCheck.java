package org.hexmall.application.port.in.security;

import java.net.URI;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.shared.Language;

/** "Use a face check" (or "try again") on a pending step-up: opens a new check at the face-check service. */
public interface OpenFaceCheck {

    /** @return {@code FaceCheckOpened}, {@code FaceCheckUnavailable}, {@code Over} or {@code NotFound} */
    StepUpProgress open(StepUpId stepUp, Principal visitor, URI faceReturn, Language language);
}
