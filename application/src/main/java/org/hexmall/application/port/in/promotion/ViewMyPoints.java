package org.hexmall.application.port.in.promotion;

import org.hexmall.domain.account.CustomerId;

/** My account → "My points" (我的积分): the balance, what it is worth, and the ledger that makes it. */
public interface ViewMyPoints {

    int PAGE_SIZE = 20;

    /**
     * The customer's balance and one page of their ledger, the newest entries first.
     *
     * @param page counted from 1
     */
    MyPoints view(CustomerId customer, int page);
}
