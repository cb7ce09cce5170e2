package org.hexmall.domain.security;

/**
 * What a verification code was sent for. A code proves the phone for that one purpose only: a code sent to bind
 * a wallet never resets a password, and a code sent to reset a password never binds a wallet.
 */
public enum CodePurpose {
    WALLET_BINDING,
    PASSWORD_RESET,
    NEW_DEVICE_LOGIN
}
