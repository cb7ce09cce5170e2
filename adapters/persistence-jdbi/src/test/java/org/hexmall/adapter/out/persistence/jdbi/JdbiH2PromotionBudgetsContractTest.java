package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.PromotionBudgets;
import org.hexmall.application.port.out.persistence.PromotionBudgetsContract;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiH2PromotionBudgetsContractTest extends PromotionBudgetsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Override
    protected PromotionBudgets budgets() {
        return database.persistence().promotionBudgets();
    }

    @Override
    protected Campaigns campaigns() {
        return database.persistence().campaigns();
    }

    @Override
    protected TransactionRunner transactions() {
        return database.persistence().transactions();
    }

    @Override
    protected Customers customers() {
        return database.persistence().customers();
    }

    @Override
    protected Orders orders() {
        return database.persistence().orders();
    }

    @Override
    protected Payments payments() {
        return database.persistence().payments();
    }
}
