package org.hexmall.application.port.out.persistence;

import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Cart;

/** Where each customer's cart is kept, so it is there on any device and any server. */
public interface Carts {

    /** The customer's cart; an empty one if they never put anything in it. */
    Cart findFor(CustomerId customerId);

    /** Stores the cart's lines, replacing what was stored for that customer. */
    void save(Cart cart);

    /** The quantities of the customer's cart lines added up, counted where the cart is kept; zero for none. */
    int countItems(CustomerId customerId);
}
