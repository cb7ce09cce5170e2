package org.hexmall.application.port.in.payment;

import org.hexmall.domain.account.CustomerId;

/** "My orders" (purchase records): the customer's orders and the wallets that paid them, grouped by month. */
public interface ListPurchases {

    PurchaseRecords list(CustomerId customerId, PurchaseFilter filter);
}
