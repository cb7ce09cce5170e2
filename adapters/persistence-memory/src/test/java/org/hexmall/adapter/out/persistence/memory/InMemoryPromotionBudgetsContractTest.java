package org.hexmall.adapter.out.persistence.memory;

import org.hexmall.application.port.out.persistence.Campaigns;
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
}
