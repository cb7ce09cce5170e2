package org.hexmall.application.service.account;

import java.util.Optional;
import org.hexmall.application.port.in.account.StartPhoneChange;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.shared.CodeDispatch.PendingCode;
import org.hexmall.application.service.shared.CodeDispatch;
import org.hexmall.application.service.shared.StepUpGate;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.VerificationCodePolicy.SendDecision;
import org.hexmall.domain.shared.Language;

/**
 * Checks the step-up without using it (the confirmation uses it), and the number's owner, then issues the code in
 * one transaction; the text goes out once it has committed.
 */
public final class StartPhoneChangeService implements StartPhoneChange {

    private final Customers customers;
    private final TransactionRunner transactions;
    private final CodeDispatch codes;
    private final StepUpGate stepUps;

    public StartPhoneChangeService(Customers customers, TransactionRunner transactions, CodeDispatch codes,
                                   StepUpGate stepUps) {
        this.customers = customers;
        this.transactions = transactions;
        this.codes = codes;
        this.stepUps = stepUps;
    }

    @Override
    public Result start(CustomerId customerId, PhoneNumber newPhone, Language language) {
        record Answer(Result result, Optional<PendingCode> code) {
        }
        Answer answer = transactions.inTransaction(() -> {
            if (!stepUps.hasPassed(customerId, StepUpAction.CHANGE_PHONE)) {
                return new Answer(new StepUpNeeded(), Optional.empty());
            }
            Customer customer = customers.findById(customerId).orElseThrow();
            if (customer.phone().equals(newPhone)) {
                return new Answer(new SameNumber(), Optional.empty());
            }
            if (customers.findByPhone(newPhone).isPresent()) {
                return new Answer(new NumberTaken(), Optional.empty());
            }
            return switch (codes.maySend(newPhone)) {
                case SendDecision.TooSoon tooSoon ->
                        new Answer(new CodeNotSentYet(newPhone.masked(), tooSoon.retryAt()), Optional.empty());
                case SendDecision.DailyLimitReached limit -> new Answer(new DailyLimitReached(newPhone.masked(),
                        codes.dailyLimitEndsAfter(newPhone)), Optional.empty());
                case SendDecision.Allowed allowed -> {
                    PendingCode code = codes.issue(newPhone, CodePurpose.NEW_PHONE, language);
                    yield new Answer(new CodeSent(newPhone.masked(), code.resendAt()), Optional.of(code));
                }
            };
        });
        answer.code().ifPresent(codes::send);
        return answer.result();
    }
}
