package org.hexmall.application.port.in.checkout;

import org.hexmall.domain.account.CustomerId;

/** How many items the customer's cart holds, as the Cart link in the store's header shows on every page. */
public interface CountCartItems {

    /** The quantities of the cart's lines added up; zero for an empty cart. */
    int count(CustomerId customerId);
}
