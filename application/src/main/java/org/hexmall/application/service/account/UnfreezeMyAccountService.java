package org.hexmall.application.service.account;

import java.util.Optional;
import org.hexmall.application.port.in.account.UnfreezeMyAccount;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.account.shared.FreezeOrigin;
import org.hexmall.application.service.shared.StepUpGate;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.StepUpId;

/** The step-up is used up and the account unfrozen in one transaction, or neither happens. */
public final class UnfreezeMyAccountService implements UnfreezeMyAccount {

    private final Customers customers;
    private final TransactionRunner transactions;
    private final StepUpGate stepUps;
    private final FreezeOrigin freezeOrigin;

    public UnfreezeMyAccountService(Customers customers, TransactionRunner transactions, StepUpGate stepUps,
                                    FreezeOrigin freezeOrigin) {
        this.customers = customers;
        this.transactions = transactions;
        this.stepUps = stepUps;
        this.freezeOrigin = freezeOrigin;
    }

    @Override
    public Result unfreeze(StepUpId stepUp) {
        return transactions.inTransaction(() -> {
            Optional<CustomerId> proved = stepUps.consume(stepUp, StepUpAction.UNFREEZE_ACCOUNT);
            if (proved.isEmpty()) {
                return new StepUpNeeded();
            }
            Customer customer = customers.findById(proved.get()).orElseThrow();
            if (freezeOrigin.frozenByCustomerService(customer)) {
                return new FrozenByCustomerService();
            }
            if (customer.isFrozen()) {
                customers.update(customer.unfrozen());
            }
            return new Unfrozen();
        });
    }
}
