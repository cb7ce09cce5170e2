package org.hexmall.domain.support;

/** How the customer reached customer service about a case. */
public enum ContactChannel {
    PHONE,
    CHAT,
    EMAIL
}
