package org.hexmall.application.service.risk;

import org.hexmall.application.port.in.risk.AssessLoginRisk;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.risk.shared.RiskChecks;
import org.hexmall.domain.account.CustomerId;

public final class AssessLoginRiskService implements AssessLoginRisk {

    private final RiskChecks risk;
    private final TransactionRunner transactions;

    public AssessLoginRiskService(RiskChecks risk, TransactionRunner transactions) {
        this.risk = risk;
        this.transactions = transactions;
    }

    @Override
    public LoginRisk assess(CustomerId customerId, String clientAddress) {
        return transactions.inTransaction(() -> {
            RiskChecks.Checked checked = risk.login(customerId, clientAddress);
            return new LoginRisk(checked.assessment(), checked.alert());
        });
    }
}
