package org.hexmall.domain.risk;

/** How an agent closed an alert. */
public enum AlertResolution {
    /** The customer did it; the rules were wrong this time. */
    FALSE_POSITIVE,
    /** It was fraud: the account is frozen. */
    CONFIRMED_FRAUD,
    /** The agent reached the customer and settled it with them. */
    CONTACTED_CUSTOMER
}
