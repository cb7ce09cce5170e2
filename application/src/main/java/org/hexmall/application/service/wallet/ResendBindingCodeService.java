package org.hexmall.application.service.wallet;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.BindingStart;
import org.hexmall.application.port.in.wallet.ResendBindingCode;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.service.wallet.StartWalletBindingService.Started;
import org.hexmall.application.service.wallet.shared.BindingCodes;
import org.hexmall.application.service.wallet.shared.OwnedBinding;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.Language;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletBinding;

public final class ResendBindingCodeService implements ResendBindingCode {

    private final Customers customers;
    private final WalletBindings bindings;
    private final TransactionRunner transactions;
    private final BindingCodes codes;
    private final Clock clock;

    public ResendBindingCodeService(Customers customers, WalletBindings bindings, TransactionRunner transactions,
                                    BindingCodes codes, Clock clock) {
        this.customers = customers;
        this.bindings = bindings;
        this.transactions = transactions;
        this.codes = codes;
        this.clock = clock;
    }

    @Override
    public BindingStart resend(CustomerId customerId, BindingId bindingId, Language language) {
        Instant now = clock.instant();
        Started started = transactions.inTransaction(() -> {
            Optional<WalletBinding> found = OwnedBinding.find(bindings, customerId, bindingId);
            if (found.isEmpty() || found.get().status() != BindingStatus.CODE_SENT
                    || OwnedBinding.expireIfStale(bindings, found.get(), now)) {
                return Started.answer(new BindingStart.NotAllowed("wallet.binding.not-pending"));
            }
            Customer customer = customers.findById(customerId).orElseThrow();
            Optional<BindingStart> tooMany = codes.refusal(customer.phone());
            if (tooMany.isPresent()) {
                return Started.answer(tooMany.get());
            }
            return new Started(new BindingStart.CodeSent(bindingId, customer.phone().masked(), null),
                    codes.issue(customer.phone(), language));
        });
        return started.sendCode(codes);
    }
}
