package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.PromotionBudgets;
import org.hexmall.application.port.out.persistence.PromotionBudgetsContract;
import org.hexmall.application.port.out.persistence.TransactionRunner;

class InMemoryPromotionBudgetsContractTest extends PromotionBudgetsContract {

    private final InMemoryPersistence persistence = new InMemoryPersistence();

    @Override
    protected PromotionBudgets budgets() {
        return persistence.promotionBudgets();
    }

    @Override
    protected Campaigns campaigns() {
        return persistence.campaigns();
    }

    @Override
    protected TransactionRunner transactions() {
        return persistence.transactions();
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
}
