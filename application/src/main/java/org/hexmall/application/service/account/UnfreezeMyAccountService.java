package org.hexmall.application.service.account;

import java.time.Clock;
import java.util.Optional;
import org.hexmall.application.port.in.account.UnfreezeMyAccount;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.account.shared.FreezeOrigin;
import org.hexmall.application.service.shared.StepUpGate;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.FrozenBy;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.StepUpId;

/** The step-up is used up and the account unfrozen in one transaction, or neither happens. */
public final class UnfreezeMyAccountService implements UnfreezeMyAccount {

    private final Customers customers;
    private final SecurityEvents events;
    private final TransactionRunner transactions;
    private final StepUpGate stepUps;
    private final FreezeOrigin freezeOrigin;

    private final Clock clock;

    public UnfreezeMyAccountService(Customers customers, SecurityEvents events, TransactionRunner transactions,
                                    StepUpGate stepUps, FreezeOrigin freezeOrigin, Clock clock) {
        this.customers = customers;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
        this.stepUps = stepUps;
        this.freezeOrigin = freezeOrigin;
    }

    @Override
    public Result unfreeze(StepUpId stepUp, String clientAddress) {
        return transactions.inTransaction(() -> {
            Optional<CustomerId> proved = stepUps.consume(stepUp, StepUpAction.UNFREEZE_ACCOUNT);
            if (proved.isEmpty()) {
                return new StepUpNeeded();
            }
            Customer customer = customers.findById(proved.get()).orElseThrow();
            Optional<FrozenBy> forCustomerService = freezeOrigin.frozenBy(customer)
                    .filter(by -> !by.customerMayUnfreeze());
            if (forCustomerService.isPresent()) {
                return new ForCustomerServiceToUnfreeze(forCustomerService.get());
            }
            if (customer.isFrozen()) {
                customers.update(customer.unfrozen());
                events.record(new SecurityEvent(customer.id(), clock.instant(), SecurityEventKind.ACCOUNT_UNFROZEN,
                        SecurityEvent.Source.CUSTOMER, "", clientAddress));
            }
            return new Unfrozen();
        });
    }
}
