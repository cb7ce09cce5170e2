package org.hexmall.domain.wallet;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a binding did not come about: each reason the guides name has its own message and next step
 * for the customer, and the agent console shows which one happened.
 */
public enum BindingFailureReason {
    /** Five wrong verification codes: the customer starts again with a new code. */
    CODE_EXHAUSTED,
    /** The provider knows no such account: the customer checks what they typed. */
    ACCOUNT_NOT_FOUND,
    /** The customer said no in the wallet app. */
    REJECTED_IN_WALLET,
    /** The provider could not be reached or did not answer in time. */
    PROVIDER_UNAVAILABLE,
    /** hexmall itself failed while binding. */
    STORE_ERROR,
    /** The customer's account may not bind wallets now, for example because it is frozen. */
    ACCOUNT_SECURITY;

    /** The reason a step's recorded text names, if it names one rather than quoting an agent's words. */
    public static Optional<BindingFailureReason> named(String text) {
        return Arrays.stream(values()).filter(reason -> reason.name().equals(text)).findFirst();
    }
}
