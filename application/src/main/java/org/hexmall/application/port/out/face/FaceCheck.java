package org.hexmall.application.port.out.face;

import java.net.URI;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.Language;

/**
 * A face-check service (人脸识别), reached like a real one: the store starts a check for a customer and sends them
 * to the service's page with the camera; the service sends them back to {@code returnTo}, and the store then asks the
 * service, not the browser, how the check ended. The store never sees nor stores an image or any biometric data:
 * only the reference of a check and its outcome.
 */
public interface FaceCheck {

    /** Starts a check; the customer is to be sent to the answer's page. */
    Start start(CustomerId customer, URI returnTo, Language language);

    /** How the check with this reference ended, as the service knows it. */
    Outcome outcome(String reference);

    /** What starting a check gave. */
    sealed interface Start {
    }

    /** The check is open at {@code page}; {@code reference} names it when asking for its outcome. */
    record Started(String reference, URI page) implements Start {
    }

    /** The service cannot be reached now. */
    record ServiceUnavailable() implements Start {
    }

    /** How a check ended. */
    enum Outcome {
        /** The customer has not finished it yet. */
        PENDING,
        /** The face matched the account holder's. */
        MATCHED,
        /** The face was someone else's. */
        NOT_MATCHED,
        /** The customer's camera could not be used. */
        CAMERA_UNAVAILABLE,
        /** No such check, or the service could not say. */
        UNKNOWN
    }
}
