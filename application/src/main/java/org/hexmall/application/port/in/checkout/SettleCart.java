package org.hexmall.application.port.in.checkout;

import org.hexmall.domain.account.CustomerId;

/** A customer settles (结算) the cart: it becomes an order awaiting payment, at today's prices. */
public interface SettleCart {

    Settlement settle(CustomerId customerId);
}
