package org.hexmall.domain.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.shared.DomainException;

/**
 * A customer's shopping cart (购物车): products and quantities, in the order they were added. Prices
 * are not kept here: the cart always shows today's prices, and settling freezes them into an order.
 */
public final class Cart {

    /** Distinct products one cart may hold. */
    public static final int MAX_LINES = 50;

    private final CustomerId customerId;
    private final List<CartLine> lines;

    private Cart(CustomerId customerId, List<CartLine> lines) {
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.lines = new ArrayList<>(lines);
    }

    public static Cart empty(CustomerId customerId) {
        return new Cart(customerId, List.of());
    }

    /** A cart as it was stored. */
    public static Cart reconstitute(CustomerId customerId, List<CartLine> lines) {
        return new Cart(customerId, lines);
    }

    /**
     * Adds the product; if it is in the cart already, its quantity grows instead. A quantity that would grow past the
     * most of one product is refused saying how many the cart already holds, as the quantity asked for is no mistake.
     */
    public void add(ProductId product, int quantity) {
        if (quantity < 1) {
            throw new DomainException("cart.quantity", CartLine.MAX_QUANTITY);
        }
        Optional<CartLine> existing = line(product);
        if (existing.isPresent()) {
            int held = existing.get().quantity();
            if (quantity <= CartLine.MAX_QUANTITY && held + quantity > CartLine.MAX_QUANTITY) {
                throw new DomainException("cart.line-full", CartLine.MAX_QUANTITY, held);
            }
            changeQuantity(product, existing.get().quantity() + quantity);
            return;
        }
        if (lines.size() >= MAX_LINES) {
            throw new DomainException("cart.full", MAX_LINES);
        }
        lines.add(new CartLine(product, quantity));
    }

    /** Sets the product's quantity; zero removes it. */
    public void changeQuantity(ProductId product, int quantity) {
        int index = indexOf(product);
        if (index < 0) {
            throw new DomainException("cart.not-in-cart");
        }
        if (quantity == 0) {
            lines.remove(index);
        } else {
            lines.set(index, new CartLine(product, quantity));
        }
    }

    /** Sets the product's quantity whether or not it is in the cart yet; zero takes it out. */
    public void put(ProductId product, int quantity) {
        if (quantity < 0) {
            throw new DomainException("cart.quantity", CartLine.MAX_QUANTITY);
        }
        if (indexOf(product) >= 0) {
            changeQuantity(product, quantity);
        } else if (quantity > 0) {
            add(product, quantity);
        }
    }

    public void remove(ProductId product) {
        lines.removeIf(line -> line.productId().equals(product));
    }

    public void clear() {
        lines.clear();
    }

    public Optional<CartLine> line(ProductId product) {
        return lines.stream().filter(line -> line.productId().equals(product)).findFirst();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public int itemCount() {
        return lines.stream().mapToInt(CartLine::quantity).sum();
    }

    public CustomerId customerId() {
        return customerId;
    }

    public List<CartLine> lines() {
        return List.copyOf(lines);
    }

    private int indexOf(ProductId product) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).productId().equals(product)) {
                return i;
            }
        }
        return -1;
    }
}
