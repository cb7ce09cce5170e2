package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import org.hexmall.domain.account.CustomerId;

/** The promotions read on the payment path, in as few trips to the store as can be. */
public interface PromotionFacts {

    /** At most this many of the customer's usable coupons are read, those that expire soonest. */
    int MAX_COUPONS = 100;

    /**
     * The running campaigns with their budget used and the customer's uses and claims of them, the customer's usable
     * coupons, the wallets they have paid with, and their points balance, at {@code now}. Two statements on a
     * database: the campaigns with the customer's uses and claims, the payments' wallets and the points balance; and
     * the coupons.
     */
    PromotionSnapshot snapshotFor(CustomerId customer, Instant now);
}
