package org.hexmall.application.port.in.promotion;

/** The benefits a supervisor chooses among on the new-campaign form. */
public enum BenefitChoice {
    AMOUNT_OFF,
    PERCENT_OFF,
    CASHBACK_VOUCHER,
    POINTS_MULTIPLIER
}
