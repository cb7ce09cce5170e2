package org.hexmall.application.port.in.account;

/** How a password reset ended. */
public sealed interface PasswordResetResult {

    /** The new password is in place; every session of the account has ended. */
    record Changed() implements PasswordResetResult {
    }

    /** Not the code that was sent; {@code entriesLeft} more tries before it is used up. */
    record WrongCode(int entriesLeft) implements PasswordResetResult {
    }

    /** Too many wrong entries: only a new code helps. */
    record CodeUsedUp() implements PasswordResetResult {
    }

    /** The code is older than five minutes, was used already, or none was sent: only a new code helps. */
    record CodeExpired() implements PasswordResetResult {
    }
}
