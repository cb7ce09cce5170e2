package org.hexmall.application.port.in.account;

import java.time.Instant;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;

/**
 * Account &amp; security → "Change password" (修改登录密码): the current password and a step-up prove it is the
 * customer; the new password replaces it, and every other device signed in to the account is logged out.
 */
public interface ChangePassword {

    /** {@code session} is the one the customer changes it from; they stay signed in there, under a new id. */
    Result change(ChangePasswordCommand command, SessionId session);

    /** What came of it. */
    sealed interface Result {
    }

    /** Changed; every other session ended, and the customer goes on in {@code session}. */
    record Changed(Session session) implements Result {
    }

    /** No passed step-up for changing the password (none, used, or too old): verify first. */
    record StepUpNeeded() implements Result {
    }

    /** The current password typed is not the account's; it counts towards the login lock. */
    record WrongCurrentPassword() implements Result {
    }

    /** Too many wrong passwords: refused until {@code retryAfter}. */
    record Locked(Instant retryAfter) implements Result {
    }
}
