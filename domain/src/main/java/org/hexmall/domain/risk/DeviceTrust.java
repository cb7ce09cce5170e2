package org.hexmall.domain.risk;

/** What the store knows of the device an attempt comes from. */
public enum DeviceTrust {
    /** A device the account trusts. */
    TRUSTED,
    /** A device the account has not trusted (yet). */
    UNTRUSTED,
    /** The caller does not know: the rule about devices stays silent. */
    UNKNOWN
}
