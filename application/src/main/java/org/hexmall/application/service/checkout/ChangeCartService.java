package org.hexmall.application.service.checkout;

import org.hexmall.application.port.in.checkout.CartChange;
import org.hexmall.application.port.in.checkout.ChangeCart;
import org.hexmall.application.port.out.persistence.Carts;
import org.hexmall.application.port.out.persistence.Products;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Cart;
import org.hexmall.domain.shared.DomainException;

public final class ChangeCartService implements ChangeCart {

    private final Carts carts;
    private final Products products;
    private final TransactionRunner transactions;

    public ChangeCartService(Carts carts, Products products, TransactionRunner transactions) {
        this.carts = carts;
        this.products = products;
        this.transactions = transactions;
    }

    @Override
    public void change(CartChange change) {
        transactions.inTransaction(() -> {
            Cart cart = carts.findFor(change.customerId());
            switch (change) {
                case CartChange.Add add -> {
                    requireOnSale(add.productId());
                    cart.add(add.productId(), add.quantity());
                }
                case CartChange.SetQuantity set -> cart.changeQuantity(set.productId(), set.quantity());
                case CartChange.Put put -> {
                    if (put.quantity() > 0 && cart.line(put.productId()).isEmpty()) {
                        requireOnSale(put.productId());
                    }
                    cart.put(put.productId(), put.quantity());
                }
                case CartChange.Remove remove -> cart.remove(remove.productId());
            }
            carts.save(cart);
        });
    }

    private void requireOnSale(ProductId product) {
        if (products.findById(product).isEmpty()) {
            throw new DomainException("cart.unknown-product");
        }
    }
}
