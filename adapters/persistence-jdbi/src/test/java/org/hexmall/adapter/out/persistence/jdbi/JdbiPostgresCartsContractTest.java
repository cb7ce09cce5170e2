package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Carts;
import org.hexmall.application.port.out.persistence.CartsContract;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Products;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresCartsContractTest extends CartsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected Carts carts() {
        return database.persistence().carts();
    }

    @Override
    protected Products products() {
        return database.persistence().products();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }

    @Override
    protected TransactionRunner transactions() {
        return database.persistence().transactions();
    }
}
