package org.hexmall.application.port.in.support;

/**
 * Every answer the two guides give a customer (their steps and their FAQ), plus the situations the console sees that
 * the guides answer only with "contact customer service". Each has an answer an agent reads to the customer and a
 * next step for the agent, in the message bundles; the help page lists them all and a guided answer links to its own.
 */
public enum HelpTopic {
    HOW_TO_BIND(Section.BINDING),
    WALLET_NOT_SUPPORTED(Section.BINDING),
    BINDING_INPUT_MISTAKE(Section.BINDING),
    BINDING_CODE_EXHAUSTED(Section.BINDING),
    BINDING_REJECTED_IN_WALLET(Section.BINDING),
    BINDING_NETWORK_TROUBLE(Section.BINDING),
    BINDING_STORE_ERROR(Section.BINDING),
    BINDING_SECURITY_SETTINGS(Section.BINDING),
    ONE_WALLET_AT_A_TIME(Section.BINDING),
    NEW_PHONE(Section.BINDING),
    HOW_TO_PAY(Section.PAYING),
    INSUFFICIENT_BALANCE(Section.PAYING),
    WRONG_PAYMENT_PASSWORD(Section.PAYING),
    PAYMENT_PASSWORD_LOCKED(Section.PAYING),
    WALLET_NOT_BOUND(Section.PAYING),
    PROVIDER_DOWN(Section.PAYING),
    PAYMENT_DECLINED(Section.PAYING),
    PAYMENT_CONFIRMING(Section.PAYING),
    PURCHASE_RECORDS(Section.PAYING),
    LOGIN_LOCKED(Section.ACCOUNT),
    ACCOUNT_FROZEN(Section.ACCOUNT),
    RISK_HOLD(Section.ACCOUNT),
    PAYMENT_SAFETY(Section.ACCOUNT),
    KEEPING_FUNDS_SAFE(Section.ACCOUNT),
    WHAT_IS_A_DIGITAL_WALLET(Section.WALLETS),
    WALLET_PROMOTIONS(Section.WALLETS);

    /** The part of the help page a topic is listed in. */
    public enum Section {
        BINDING,
        PAYING,
        ACCOUNT,
        WALLETS
    }

    private final Section section;

    HelpTopic(Section section) {
        this.section = section;
    }

    public Section section() {
        return section;
    }

    /** The topic's anchor on the help page, "insufficient-balance". */
    public String anchor() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
