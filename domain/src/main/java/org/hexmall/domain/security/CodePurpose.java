package org.hexmall.domain.security;

/**
 * What a verification code was sent for. A code proves the phone for that one purpose only: a code sent to bind
 * a wallet never resets a password, and a code sent to reset a password never binds a wallet.
 */
public enum CodePurpose {
    WALLET_BINDING,
    PASSWORD_RESET,
    /** A step-up before a sensitive action ({@link StepUpAction}): the phone proves it is the customer. */
    STEP_UP,
    /** A new phone number the customer wants to use: the code proves they hold it. */
    NEW_PHONE,
    /** A login on a device the account does not trust: the phone proves it is the customer logging in. */
    NEW_DEVICE_LOGIN
}
