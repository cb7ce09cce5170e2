package org.hexmall.application.service.security;

import org.hexmall.application.port.in.security.CheckStepUp;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.shared.StepUpGate;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.StepUpAction;

public final class CheckStepUpService implements CheckStepUp {

    private final StepUpGate gate;
    private final TransactionRunner transactions;

    public CheckStepUpService(StepUpGate gate, TransactionRunner transactions) {
        this.gate = gate;
        this.transactions = transactions;
    }

    @Override
    public boolean hasPassed(CustomerId customer, StepUpAction action) {
        return transactions.withoutTransaction(() -> gate.hasPassed(customer, action));
    }
}
