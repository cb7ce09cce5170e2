package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Products;
import org.hexmall.application.port.out.persistence.ProductsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresProductsContractTest extends ProductsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected Products products() {
        return database.persistence().products();
    }
}
