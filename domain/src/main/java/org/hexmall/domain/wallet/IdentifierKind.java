package org.hexmall.domain.wallet;

/** What a wallet account identifier is: a phone number, an email address or the provider's own account id. */
public enum IdentifierKind {
    PHONE,
    EMAIL,
    ACCOUNT_ID
}
