package org.hexmall.application.port.in.account;

import java.net.URI;
import java.util.Optional;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.shared.Language;

/**
 * A login held on its device for a face check: the risk rules found it risky enough to ask for the stronger proof.
 * The customer looks at their camera on the face-check service's page, comes back, and the login goes on as with the
 * code; the code by SMS stays the way out when the camera cannot be used.
 */
public interface VerifyNewDeviceByFace {

    /**
     * Opens a face check for the login waiting on the device with this cookie.
     *
     * @param trust    the customer asks to trust the device once the check has passed
     * @param returnTo where the face-check service sends the customer back to
     */
    FaceCheckStart open(String deviceToken, boolean trust, URI returnTo, Language language);

    /**
     * How the face check opened for the login waiting on this device ended, as the service says.
     *
     * @param ticket        what {@link #open} gave with the check
     * @param clientAddress where the customer came back from, shown beside the result in their activity ("" for the
     *                      address the password was typed at)
     */
    default FaceLogin finish(String deviceToken, String ticket, SessionId visitor, String clientAddress) {
        return finish(deviceToken, ticket, visitor, clientAddress, Optional.empty());
    }

    /**
     * As {@link #finish(String, String, SessionId, String)}, giving the browser {@code freshDeviceToken} as its device
     * cookie when the device is trusted (see {@link NewDeviceCodeCommand#freshDeviceToken()}).
     */
    FaceLogin finish(String deviceToken, String ticket, SessionId visitor, String clientAddress,
                     Optional<String> freshDeviceToken);

    /** What opening a face check gave. */
    sealed interface FaceCheckStart {
    }

    /**
     * The check is open at {@code page}; the browser keeps {@code ticket} until it comes back, to name its own check.
     */
    record Opened(URI page, String ticket) implements FaceCheckStart {
    }

    /** The face-check service cannot be reached now: the code by SMS is the way on. */
    record ServiceUnavailable() implements FaceCheckStart, FaceLogin {
    }

    /** No login waits for a face check on this device (any more): the password must be typed again. */
    record StartAgain() implements FaceCheckStart, FaceLogin {
    }

    /** How a face check at login ended. */
    sealed interface FaceLogin {
    }

    /**
     * It was the customer: logged in, in this new session; when {@code knownByFreshToken}, the device is trusted under
     * the fresh token given, which the browser must carry from now on.
     */
    record SignedIn(Session session, boolean knownByFreshToken) implements FaceLogin {
    }

    /** The face was not the customer's: the login ends, and the alert says the proof failed. */
    record NotMatched() implements FaceLogin {
    }

    /** The customer's camera could not be used: the login still waits, for a code by SMS or another try. */
    record CameraUnavailable() implements FaceLogin {
    }

    /** The check is not finished (or this browser opened none): the login still waits. */
    record NotFinished() implements FaceLogin {
    }
}
