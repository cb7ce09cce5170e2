package org.hexmall.adapter.out.persistence.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hexmall.application.port.out.persistence.Carts;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Cart;
import org.hexmall.domain.checkout.CartLine;

/**
 * Carts in memory. A cart is a mutable object, so the store keeps only its lines (immutable records) and
 * hands out a fresh cart each time: a caller's change reaches the store only through {@link #save}.
 */
public final class InMemoryCarts implements Carts {

    private final StoreLock lock;
    private final Map<CustomerId, List<CartLine>> linesByCustomer = new HashMap<>();

    InMemoryCarts(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public Cart findFor(CustomerId customerId) {
        return lock.call(() -> Cart.reconstitute(customerId, linesByCustomer.getOrDefault(customerId, List.of())));
    }

    @Override
    public int countItems(CustomerId customerId) {
        return lock.call(() -> linesByCustomer.getOrDefault(customerId, List.of()).stream()
                .mapToInt(CartLine::quantity).sum());
    }

    @Override
    public void save(Cart cart) {
        lock.run(() -> {
            // An empty cart is no lines at all, as in the database.
            if (cart.isEmpty()) {
                linesByCustomer.remove(cart.customerId());
            } else {
                linesByCustomer.put(cart.customerId(), cart.lines());
            }
        });
    }

    RestorePoint restorePoint() {
        // The stored lists are never changed, only replaced, so copying the map is enough.
        Map<CustomerId, List<CartLine>> saved = new HashMap<>(linesByCustomer);
        return () -> {
            linesByCustomer.clear();
            linesByCustomer.putAll(saved);
        };
    }
}
