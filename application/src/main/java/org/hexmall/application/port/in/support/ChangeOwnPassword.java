package org.hexmall.application.port.in.support;

import java.time.Instant;

/**
 * An agent changes their own console password: the current one proves it is them, as at login, and a wrong one counts
 * towards the login lock. An agent whose password a supervisor chose must do this before anything else.
 */
public interface ChangeOwnPassword {

    Result change(ChangeOwnPasswordCommand command);

    /** What came of it. */
    sealed interface Result {
    }

    /** Changed; the agent logs in with the new password from now on. */
    record Changed() implements Result {
    }

    /** The current password typed is not the agent's; it counts towards the login lock. */
    record WrongCurrentPassword() implements Result {
    }

    /** Too many wrong passwords: refused until {@code retryAfter}. */
    record Locked(Instant retryAfter) implements Result {
    }
}
