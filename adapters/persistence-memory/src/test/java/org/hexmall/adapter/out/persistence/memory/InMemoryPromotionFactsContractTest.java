package org.hexmall.adapter.out.persistence.memory;

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

class InMemoryPromotionFactsContractTest extends PromotionFactsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected PromotionFacts promotionFacts() {
        return persistence.promotionFacts();
    }

    @Override
    protected Campaigns campaigns() {
        return persistence.campaigns();
    }

    @Override
    protected PromotionBudgets budgets() {
        return persistence.promotionBudgets();
    }

    @Override
    protected Coupons coupons() {
        return persistence.coupons();
    }

    @Override
    protected PointsLedger pointsLedger() {
        return persistence.pointsLedger();
    }

    @Override
    protected Customers customers() {
        return persistence.customers();
    }

    @Override
    protected Orders orders() {
        return persistence.orders();
    }

    @Override
    protected Payments payments() {
        return persistence.payments();
    }

    @Override
    protected TransactionRunner transactions() {
        return persistence.transactions();
    }
}
