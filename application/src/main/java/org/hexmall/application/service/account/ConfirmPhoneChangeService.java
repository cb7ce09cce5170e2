package org.hexmall.application.service.account;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.account.ConfirmPhoneChange;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.shared.CodeDispatch.CodeEntry;
import org.hexmall.application.service.shared.CodeDispatch;
import org.hexmall.application.service.shared.StepUpGate;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.VerificationCode.CodeCheck;

/**
 * The code, the step-up and the new number are checked and used in one transaction: a code changes the number once,
 * and the step-up is used up only when the number changes.
 */
public final class ConfirmPhoneChangeService implements ConfirmPhoneChange {

    private final Customers customers;
    private final TransactionRunner transactions;
    private final CodeDispatch codes;
    private final StepUpGate stepUps;

    public ConfirmPhoneChangeService(Customers customers, TransactionRunner transactions, CodeDispatch codes,
                                     StepUpGate stepUps) {
        this.customers = customers;
        this.transactions = transactions;
        this.codes = codes;
        this.stepUps = stepUps;
    }

    @Override
    public Result confirm(CustomerId customerId, PhoneNumber newPhone, String digits) {
        return transactions.inTransaction(() -> {
            if (!stepUps.hasPassed(customerId, StepUpAction.CHANGE_PHONE)) {
                return new StepUpNeeded();
            }
            Optional<CodeEntry> entry = codes.check(newPhone, CodePurpose.NEW_PHONE, digits, Instant.MIN);
            if (entry.isEmpty()) {
                return new CodeExpired();
            }
            return switch (entry.get().check()) {
                case CodeCheck.Accepted accepted -> change(customerId, newPhone);
                case CodeCheck.Wrong wrong -> new WrongCode(wrong.entriesLeft());
                default -> new CodeExpired();
            };
        });
    }

    private Result change(CustomerId customerId, PhoneNumber newPhone) {
        if (customers.findByPhone(newPhone).filter(owner -> !owner.id().equals(customerId)).isPresent()) {
            return new NumberTaken();
        }
        stepUps.consume(customerId, StepUpAction.CHANGE_PHONE);
        Customer customer = customers.findById(customerId).orElseThrow();
        customers.update(customer.withPhone(newPhone));
        return new Changed(newPhone.masked());
    }
}
