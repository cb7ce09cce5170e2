package org.hexmall.application.port.in.promotion;

import org.hexmall.domain.account.CustomerId;

/** My account → "My coupons" (我的优惠券): the customer's own coupons and vouchers, one tab a page at a time. */
public interface ViewMyCoupons {

    int PAGE_SIZE = 10;

    /**
     * One page of the customer's coupons on that tab, the newest first; a page past the last is empty.
     *
     * @param page counted from 1
     */
    MyCoupons view(CustomerId customer, CouponTab tab, int page);
}
