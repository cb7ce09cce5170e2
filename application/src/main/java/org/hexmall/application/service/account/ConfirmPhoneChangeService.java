package org.hexmall.application.service.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.account.ConfirmPhoneChange;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.service.account.shared.SignOutElsewhere;
import org.hexmall.application.service.shared.CodeDispatch.CodeEntry;
import org.hexmall.application.service.shared.CodeDispatch;
import org.hexmall.application.service.shared.StepUpGate;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.VerificationCode.CodeCheck;

/**
 * The code, the step-up and the new number are checked and used in one transaction: a code changes the number once,
 * and the step-up is used up only when the number changes. The change is recorded with the new number masked, and
 * every other session of the account ends, as after a new password: whoever holds the old number or a stolen
 * session must not stay signed in.
 */
public final class ConfirmPhoneChangeService implements ConfirmPhoneChange {

    private final Customers customers;
    private final SecurityEvents events;
    private final TransactionRunner transactions;
    private final CodeDispatch codes;
    private final StepUpGate stepUps;
    private final SignOutElsewhere signOutElsewhere;
    private final Clock clock;

    public ConfirmPhoneChangeService(Customers customers, Sessions sessions, SecurityEvents events,
                                     TransactionRunner transactions, CodeDispatch codes, StepUpGate stepUps,
                                     RandomTokens tokens, Clock clock) {
        this.customers = customers;
        this.events = events;
        this.transactions = transactions;
        this.codes = codes;
        this.stepUps = stepUps;
        this.signOutElsewhere = new SignOutElsewhere(sessions, tokens);
        this.clock = clock;
    }

    @Override
    public Result confirm(CustomerId customerId, PhoneNumber newPhone, String digits, SessionId current,
                          String clientAddress) {
        return transactions.inTransaction(() -> {
            if (!stepUps.hasPassed(customerId, StepUpAction.CHANGE_PHONE)) {
                return new StepUpNeeded();
            }
            Optional<CodeEntry> entry = codes.check(newPhone, CodePurpose.NEW_PHONE, digits, Instant.MIN);
            if (entry.isEmpty()) {
                return new CodeExpired();
            }
            return switch (entry.get().check()) {
                case CodeCheck.Accepted accepted -> change(customerId, newPhone, current, clientAddress);
                case CodeCheck.Wrong wrong -> new WrongCode(wrong.entriesLeft());
                default -> new CodeExpired();
            };
        });
    }

    private Result change(CustomerId customerId, PhoneNumber newPhone, SessionId current, String clientAddress) {
        if (customers.findByPhone(newPhone).filter(owner -> !owner.id().equals(customerId)).isPresent()) {
            return new NumberTaken();
        }
        stepUps.consume(customerId, StepUpAction.CHANGE_PHONE);
        Customer customer = customers.findById(customerId).orElseThrow();
        customers.update(customer.withPhone(newPhone));
        Instant now = clock.instant();
        events.record(new SecurityEvent(customerId, now, SecurityEventKind.PHONE_CHANGED,
                SecurityEvent.Source.CUSTOMER, newPhone.masked(), clientAddress));
        return new Changed(newPhone.masked(), signOutElsewhere.keepingOnly(customerId, current, now));
    }
}
