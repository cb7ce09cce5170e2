package org.hexmall.domain.risk;

/** The extra proof of identity a risky attempt asks for. */
public enum StepUpFactor {
    SMS_CODE,
    FACE_CHECK
}
