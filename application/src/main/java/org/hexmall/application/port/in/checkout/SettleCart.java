package org.hexmall.application.port.in.checkout;

import java.util.Optional;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.domain.account.CustomerId;

/** A customer settles (结算) the cart: it becomes an order awaiting payment, at today's prices. */
public interface SettleCart {

    /** Settles once per idempotency key: the same key again answers the first settlement. */
    Settlement settle(CustomerId customerId, Optional<IdempotencyKey> idempotencyKey);

    default Settlement settle(CustomerId customerId) {
        return settle(customerId, Optional.empty());
    }
}
