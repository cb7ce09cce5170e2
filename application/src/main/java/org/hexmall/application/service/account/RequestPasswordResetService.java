package org.hexmall.application.service.account;

import java.util.Optional;
import org.hexmall.application.port.in.account.RequestPasswordReset;
import org.hexmall.application.port.in.account.RequestPasswordResetCommand;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.shared.CodeDispatch.PendingCode;
import org.hexmall.application.service.shared.CodeDispatch;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.VerificationCodePolicy.SendDecision;

public final class RequestPasswordResetService implements RequestPasswordReset {

    private final Customers customers;
    private final TransactionRunner transactions;
    private final CodeDispatch codes;

    public RequestPasswordResetService(Customers customers, TransactionRunner transactions, CodeDispatch codes) {
        this.customers = customers;
        this.transactions = transactions;
        this.codes = codes;
    }

    /**
     * Sends a code only to a number that has an account, and only within the code policy's limits; says nothing
     * either way, so the answer never tells who is a customer. A number without an account gets a code too, within
     * the same limits, stored and never sent: a wrong code typed for it is then counted down and used up as for any
     * number, so that the next page does not tell who is a customer either.
     */
    @Override
    public void requestCode(RequestPasswordResetCommand command) {
        Optional<PendingCode> pending = transactions.inTransaction(() -> {
            if (!(codes.maySend(command.phone()) instanceof SendDecision.Allowed)) {
                return Optional.<PendingCode>empty();
            }
            PendingCode code = codes.issue(command.phone(), CodePurpose.PASSWORD_RESET, command.language());
            return customers.findByPhone(command.phone()).isPresent() ? Optional.of(code) : Optional.empty();
        });
        pending.ifPresent(codes::send);
    }
}
