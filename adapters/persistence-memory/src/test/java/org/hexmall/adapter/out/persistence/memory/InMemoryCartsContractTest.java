package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Carts;
import org.hexmall.application.port.out.persistence.CartsContract;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Products;
import org.hexmall.application.port.out.persistence.TransactionRunner;

class InMemoryCartsContractTest extends CartsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected Carts carts() {
        return persistence.carts();
    }

    @Override
    protected Products products() {
        return persistence.products();
    }

    @Override
    protected Customers customers() {
        return persistence.customers();
    }

    @Override
    protected TransactionRunner transactions() {
        return persistence.transactions();
    }
}
