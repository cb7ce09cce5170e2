package org.hexmall.application.port.in.promotion;

import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.checkout.CartView;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Product;

/**
 * The wallet offers a customer sees before paying: every running one on the promotions page, those that cover a
 * product on its page, and those that the cart's lines could have in the cart. Each is one read of the running
 * campaigns; the promotions page also reads how many coupons the customer already claimed.
 */
public interface ViewOffers {

    /**
     * Every running offer, those that lower the price on items first; for a signed-in customer, with how many
     * coupons they already claimed from each wallet coupon campaign.
     */
    List<ShownOffer> running(Optional<CustomerId> customer);

    /** The running offers that cover this product: the whole store's, its category's and its own. */
    List<ShownOffer> forProduct(Product product);

    /** The running offers that at least one line of the cart could have, with what is still to spend for each. */
    List<CartOffer> forCart(CartView cart);
}
