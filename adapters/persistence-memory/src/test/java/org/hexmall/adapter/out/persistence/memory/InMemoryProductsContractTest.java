package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Products;
import org.hexmall.application.port.out.persistence.ProductsContract;

class InMemoryProductsContractTest extends ProductsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected Products products() {
        return persistence.products();
    }
}
