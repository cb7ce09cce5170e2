package org.hexmall.application.service.checkout;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.application.port.in.checkout.SettleCart;
import org.hexmall.application.port.in.checkout.Settlement;
import org.hexmall.application.port.out.persistence.Carts;
import org.hexmall.application.port.out.persistence.OrderSerials;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Products;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.port.out.security.SecretHasher;
import org.hexmall.application.service.shared.IdempotentRequests;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Cart;
import org.hexmall.domain.checkout.CartLine;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.checkout.OrderNumberPermutation;

/**
 * Turns the cart into an order at today's prices and empties the cart, in one transaction that also keeps the
 * client's idempotency key.
 */
public final class SettleCartService implements SettleCart {

    /** Order numbers carry the date in the store's own time zone, as customers read it. */
    private static final ZoneId STORE_ZONE = ZoneId.of("Asia/Shanghai");
    /**
     * What the store's secret key is told to derive the order-number shuffle's key from: each store (each key)
     * shuffles serials its own way, and the same way on every node and after every restart.
     */
    private static final String ORDER_NUMBER_KEY_PURPOSE = "hexmall order-number permutation v1";

    private final Carts carts;
    private final Products products;
    private final Orders orders;
    private final OrderSerials serials;
    private final OrderNumberPermutation numberShuffle;
    private final RandomTokens tokens;
    private final IdempotentRequests idempotent;
    private final Clock clock;

    public SettleCartService(Carts carts, Products products, Orders orders, OrderSerials serials,
                             SecretHasher storeKey, RandomTokens tokens, IdempotentRequests idempotent, Clock clock) {
        this.carts = carts;
        this.products = products;
        this.orders = orders;
        this.serials = serials;
        this.numberShuffle = OrderNumberPermutation.forOrderNumbers(
                storeKey.hash(ORDER_NUMBER_KEY_PURPOSE).getBytes(StandardCharsets.UTF_8));
        this.tokens = tokens;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    @Override
    public Settlement settle(CustomerId customerId, Optional<IdempotencyKey> idempotencyKey) {
        // Settling twice with one key would place a second order from an emptied cart: answer the first instead.
        return idempotent.inTransaction("settle:" + customerId, idempotencyKey, "settle", Settlements.INSTANCE,
                () -> settleOnce(customerId));
    }

    private Settlement settleOnce(CustomerId customerId) {
        Cart cart = carts.findFor(customerId);
        Map<ProductId, Product> onSale = products.findByIds(cart.lines().stream().map(CartLine::productId).toList());
        List<OrderLine> lines = cart.lines().stream()
                .filter(line -> onSale.containsKey(line.productId()))
                .map(line -> OrderLine.snapshotOf(onSale.get(line.productId()), line.quantity()))
                .toList();
        if (lines.isEmpty()) {
            return new Settlement.EmptyCart();
        }
        Instant now = clock.instant();
        // A serial no other order has, so the number is free without asking: no second try, no extra round trip.
        OrderNumber number = OrderNumber.issue(now.atZone(STORE_ZONE).toLocalDate(), serials.next(), numberShuffle);
        Order order = Order.settle(new OrderId(tokens.uuid()), number, customerId, lines, now);
        orders.add(order);
        cart.clear();
        carts.save(cart);
        return new Settlement.Settled(order.id(), order.number());
    }

    /** Settlements as kept with an idempotency key. */
    private enum Settlements implements IdempotentRequests.Results<Settlement> {
        INSTANCE;

        @Override
        public Optional<String> encode(Settlement settlement) {
            return Optional.of(switch (settlement) {
                case Settlement.Settled settled -> "settled " + settled.orderId() + " " + settled.orderNumber().value();
                case Settlement.EmptyCart empty -> "empty";
                case Settlement.KeyReused reused -> throw new IllegalStateException("a reused key is never kept");
            });
        }

        @Override
        public Settlement decode(String stored) {
            String[] parts = stored.split(" ");
            return switch (parts[0]) {
                case "settled" -> new Settlement.Settled(new OrderId(UUID.fromString(parts[1])),
                        new OrderNumber(parts[2]));
                case "empty" -> new Settlement.EmptyCart();
                default -> throw new IllegalStateException("not a settlement: " + stored);
            };
        }

        @Override
        public Settlement keyReused() {
            return new Settlement.KeyReused();
        }
    }
}
