package org.hexmall.application.port.in.account;

import org.hexmall.domain.security.Session;

/** How a new device's code ended. */
public sealed interface NewDeviceResult {

    /** Logged in: the visitor continues in this new session. */
    record SignedIn(Session session) implements NewDeviceResult {
    }

    /** Not the code that was sent; {@code entriesLeft} more tries before the login must start again. */
    record WrongCode(int entriesLeft) implements NewDeviceResult {
    }

    /** No code was sent for this login yet (the phone had one too recently): ask for one. */
    record NoCodeSent() implements NewDeviceResult {
    }

    /**
     * The login cannot go on: the code was used up by wrong entries, it or the wait ran out, or no login is waiting
     * on this device. The password must be typed again.
     */
    record StartAgain() implements NewDeviceResult {
    }
}
