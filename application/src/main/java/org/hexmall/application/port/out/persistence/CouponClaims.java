package org.hexmall.application.port.out.persistence;

/**
 * The coupons one customer claimed from one wallet coupon campaign: every one counts towards the campaign's limit per
 * customer, whatever became of it (available, held by a payment, used, expired).
 *
 * @param claimed how many they claimed
 * @param used    how many of those an order used
 */
public record CouponClaims(int claimed, int used) {

    /** Nothing claimed. */
    public static final CouponClaims NONE = new CouponClaims(0, 0);

    public CouponClaims {
        if (claimed < 0 || used < 0 || used > claimed) {
            throw new IllegalArgumentException("claims and uses are never negative, and uses never exceed claims");
        }
    }
}
