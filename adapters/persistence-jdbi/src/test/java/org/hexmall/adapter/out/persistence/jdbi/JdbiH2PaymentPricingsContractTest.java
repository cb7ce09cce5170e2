package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.PaymentPricings;
import org.hexmall.application.port.out.persistence.PaymentPricingsContract;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2PaymentPricingsContractTest extends PaymentPricingsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected PaymentPricings pricings() {
        return database.persistence().paymentPricings();
    }

    @Override
    protected Payments payments() {
        return database.persistence().payments();
    }

    @Override
    protected Orders orders() {
        return database.persistence().orders();
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
