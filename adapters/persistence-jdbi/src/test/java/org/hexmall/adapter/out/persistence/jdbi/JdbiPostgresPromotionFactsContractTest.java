package org.hexmall.adapter.out.persistence.jdbi;

import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.Coupons;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.PointsLedger;
import org.hexmall.application.port.out.persistence.PromotionBudgets;
import org.hexmall.application.port.out.persistence.PromotionFacts;
import org.hexmall.application.port.out.persistence.PromotionFactsContract;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiPostgresPromotionFactsContractTest extends PromotionFactsContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @Override
    protected PromotionFacts promotionFacts() {
        return database.persistence().promotionFacts();
    }

    @Override
    protected Campaigns campaigns() {
        return database.persistence().campaigns();
    }

    @Override
    protected PromotionBudgets budgets() {
        return database.persistence().promotionBudgets();
    }

    @Override
    protected Coupons coupons() {
        return database.persistence().coupons();
    }

    @Override
    protected PointsLedger pointsLedger() {
        return database.persistence().pointsLedger();
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

    @Override
    protected TransactionRunner transactions() {
        return database.persistence().transactions();
    }
}
