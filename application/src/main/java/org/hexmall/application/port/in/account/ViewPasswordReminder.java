package org.hexmall.application.port.in.account;

import org.hexmall.domain.account.CustomerId;

/**
 * The banner on the shop's pages that asks a customer to change their login password: when it is old, or after a
 * login lock or a risk hold, until they change it or dismiss the banner.
 */
public interface ViewPasswordReminder {

    boolean isDue(CustomerId customer);
}
