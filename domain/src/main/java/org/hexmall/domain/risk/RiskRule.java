package org.hexmall.domain.risk;

/** The real-time risk rules, as alerts and the console name them. */
public enum RiskRule {
    /** The attempt comes from a device the account has not trusted. */
    NEW_DEVICE,
    /** A payment far above the customer's own usual amount. */
    AMOUNT_ABOVE_USUAL,
    /** More payments in a short window than a person makes. */
    PAYMENT_VELOCITY,
    /** More wallet bindings in a short window than a person makes. */
    BINDING_VELOCITY,
    /** Several wrong payment passwords, across the customer's wallets. */
    WRONG_PAYMENT_PASSWORDS,
    /** A large payment minutes after a wallet was bound. */
    BIND_THEN_PAY,
    /** Many failed logins, across accounts, from one client address (credential stuffing). */
    FAILED_LOGINS_FROM_ADDRESS,
    /** A login from another region than the account's recent ones. */
    REGION_CHANGE,
    /** The customer said an entry of their activity was not them. */
    CUSTOMER_REPORT
}
