package org.hexmall.application.service.checkout;

import java.util.Map;
import org.hexmall.application.port.in.checkout.CartItem;
import org.hexmall.application.port.in.checkout.CartView;
import org.hexmall.application.port.in.checkout.ViewCart;
import org.hexmall.application.port.out.persistence.Carts;
import org.hexmall.application.port.out.persistence.Products;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Cart;
import org.hexmall.domain.checkout.CartLine;

public final class ViewCartService implements ViewCart {

    private final Carts carts;
    private final Products products;
    private final TransactionRunner transactions;

    public ViewCartService(Carts carts, Products products, TransactionRunner transactions) {
        this.carts = carts;
        this.products = products;
        this.transactions = transactions;
    }

    @Override
    public CartView view(CustomerId customerId) {
        // Two reads and no write: no transaction, and so no commit to wait for.
        return transactions.withoutTransaction(() -> {
            Cart cart = carts.findFor(customerId);
            Map<ProductId, Product> onSale = products.findByIds(cart.lines().stream().map(CartLine::productId).toList());
            // A product taken off sale since it was added simply drops out of the cart's view.
            return new CartView(cart.lines().stream()
                    .filter(line -> onSale.containsKey(line.productId()))
                    .map(line -> new CartItem(onSale.get(line.productId()), line.quantity()))
                    .toList());
        });
    }
}
