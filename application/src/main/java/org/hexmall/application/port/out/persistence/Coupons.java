package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.shared.Page;

/** Where the coupons and vouchers customers hold are kept. */
public interface Coupons {

    /**
     * Stores a coupon the customer claimed from a wallet coupon campaign, unless they already hold {@code limit}
     * coupons claimed from it (whatever became of them); false then, and nothing stored. Of two claims made at once
     * that would go past the limit, one at most is stored.
     */
    boolean claim(Coupon claimed, int limit);

    /**
     * Stores a cashback voucher or a compensation coupon; throws {@link DuplicateKeyException} if its id is taken.
     * A claimed coupon goes through {@link #claim}.
     */
    void add(Coupon coupon);

    /** Stores the coupon's new status, the payment holding it, and when its status changed. */
    void update(Coupon coupon);

    Optional<Coupon> findById(CouponId id);

    /**
     * Reads these coupons and keeps every other transaction from locking or changing them until this one ends, so
     * that two payments never both use one coupon. Call inside a transaction; ids not found are left out.
     */
    List<Coupon> lockByIds(Collection<CouponId> ids);

    /**
     * One page of the customer's coupons on that shelf at {@code now}, the newest first.
     *
     * @param page counted from 1
     */
    Page<Coupon> ofCustomer(CustomerId customerId, CouponShelf shelf, Instant now, int page, int size);

    /**
     * The customer's coupons that an order could use at {@code now}, those that expire soonest first, at most
     * {@code limit}. One statement, for the checkout.
     */
    List<Coupon> usableBy(CustomerId customerId, Instant now, int limit);

    /** The coupons a payment holds or used. */
    List<Coupon> heldBy(PaymentId payment);

    /** The cashback vouchers that a payment's success granted. */
    List<Coupon> grantedFor(PaymentId payment);

    /**
     * How many coupons the customer has claimed from each of these campaigns, and how many of those they used, in one
     * statement; a campaign never claimed from is absent.
     */
    Map<CampaignId, CouponClaims> claims(CustomerId customerId, Collection<CampaignId> campaigns);
}
