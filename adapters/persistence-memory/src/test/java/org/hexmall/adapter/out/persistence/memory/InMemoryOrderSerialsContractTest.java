package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.OrderSerials;
import org.hexmall.application.port.out.persistence.OrderSerialsContract;

class InMemoryOrderSerialsContractTest extends OrderSerialsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected OrderSerials serials() {
        return persistence.orderSerials();
    }

    /** Memory is one node's alone. */
    @Override
    protected OrderSerials anotherNodesSerials() {
        return persistence.orderSerials();
    }
}
