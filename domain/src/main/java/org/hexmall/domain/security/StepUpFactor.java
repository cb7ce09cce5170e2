package org.hexmall.domain.security;

/** How a customer proves their identity in a step-up: a code texted to the account's phone, or a face check. */
public enum StepUpFactor {
    SMS_CODE,
    FACE
}
