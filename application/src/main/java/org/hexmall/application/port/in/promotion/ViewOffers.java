package org.hexmall.application.port.in.promotion;

import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.checkout.CartView;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Product;

/**
 * The wallet offers a customer sees before paying: every running one on the promotions page, those that cover a
 * product on its page, and those that the cart's lines could have in the cart. Each is one read of the running
 * campaigns; the promotions page also reads how many coupons the customer already claimed, and the product page and
 * the cart of a signed-in customer read the customer's promotion facts with the campaigns instead.
 */
public interface ViewOffers {

    /**
     * Every running offer, those that lower the price on items first; for a signed-in customer, with how many
     * coupons they already claimed from each wallet coupon campaign.
     */
    List<ShownOffer> running(Optional<CustomerId> customer);

    /**
     * The running offers that cover this product: the whole store's, its category's and its own. For a signed-in
     * customer, only those they could still have (no first-payment offer for a wallet they paid with already), each
     * wallet coupon with how many of its coupons they ever claimed (each counts towards the limit per customer) and
     * how many of those they used.
     */
    List<ShownOffer> forProduct(Product product, Optional<CustomerId> customer);

    /**
     * The running offers that at least one line of the customer's cart could have and that they could still have
     * (a wallet coupon only while they hold one of its coupons to use or may still claim one), with what is still to
     * spend for each.
     */
    List<CartOffer> forCart(CartView cart, CustomerId customer);
}
