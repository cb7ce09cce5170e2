package org.hexmall.application.port.in.account;

/**
 * Step two of "Forgot password": the code the phone received and a new password. The right code replaces the
 * password, ends every session of the account and clears its login lock, all at once.
 */
public interface ResetPassword {

    PasswordResetResult reset(ResetPasswordCommand command);
}
