package org.hexmall.application.port.in.checkout;

/**
 * A customer puts products in the cart, changes how many, or takes them out. One use case: each of
 * these is a small edit of the same cart with the same rules.
 */
public interface ChangeCart {

    void change(CartChange change);
}
