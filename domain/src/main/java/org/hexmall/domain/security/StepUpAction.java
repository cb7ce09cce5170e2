package org.hexmall.domain.security;

/**
 * The sensitive actions a customer proves their identity for once more, just before taking them. A step-up passed
 * for one of them is worth nothing for another.
 */
public enum StepUpAction {
    CHANGE_PASSWORD,
    CHANGE_PHONE,
    BIND_WALLET,
    PAY,
    REVOKE_ALL_DEVICES,
    UNFREEZE_ACCOUNT
}
