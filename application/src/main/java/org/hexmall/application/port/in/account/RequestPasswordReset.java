package org.hexmall.application.port.in.account;

/**
 * Step one of "Forgot password" (找回密码): a visitor gives a mobile number and, if it belongs to an account, that
 * phone is sent a code by SMS. Nothing tells the visitor whether it did: the answer is the same for every number.
 */
public interface RequestPasswordReset {

    void requestCode(RequestPasswordResetCommand command);
}
