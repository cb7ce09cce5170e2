package org.hexmall.application.port.in.support;

/**
 * An agent ends a customer's login lock before its time, for a customer who locked themselves out and called
 * customer service, as the lock's message tells them to; the reason is audited. The wrong passwords before it are
 * forgotten with it.
 */
public interface ClearLoginLock {

    /** False if the customer's login is not locked now, so there was nothing to clear. */
    boolean clear(AccountSupportCommand command);
}
