package org.hexmall.application.service.checkout;

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
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Products;
import org.hexmall.application.port.out.security.RandomTokens;
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

/**
 * Turns the cart into an order at today's prices and empties the cart, in one transaction that also keeps the
 * client's idempotency key.
 */
public final class SettleCartService implements SettleCart {

    /** Order numbers carry the date in the store's own time zone, as customers read it. */
    private static final ZoneId STORE_ZONE = ZoneId.of("Asia/Shanghai");
    /** A new number is drawn when one is taken; five random digits make a second clash very unlikely. */
    private static final int NUMBER_ATTEMPTS = 5;

    private final Carts carts;
    private final Products products;
    private final Orders orders;
    private final RandomTokens tokens;
    private final IdempotentRequests idempotent;
    private final Clock clock;

    public SettleCartService(Carts carts, Products products, Orders orders, RandomTokens tokens,
                             IdempotentRequests idempotent, Clock clock) {
        this.carts = carts;
        this.products = products;
        this.orders = orders;
        this.tokens = tokens;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    @Override
    public Settlement settle(CustomerId customerId, Optional<IdempotencyKey> idempotencyKey) {
        // Settling twice with one key would place a second order from an emptied cart: answer the first instead.
        for (int attempt = 1; ; attempt++) {
            try {
                return idempotent.inTransaction("settle:" + customerId, idempotencyKey, "settle", Settlements.INSTANCE,
                        () -> settleOnce(customerId));
            } catch (DuplicateKeyException numberTaken) {
                if (attempt == NUMBER_ATTEMPTS) {
                    throw numberTaken;
                }
            }
        }
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
        Order order = Order.settle(new OrderId(tokens.uuid()),
                OrderNumber.generate(now.atZone(STORE_ZONE).toLocalDate(), tokens.generator()), customerId, lines, now);
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
