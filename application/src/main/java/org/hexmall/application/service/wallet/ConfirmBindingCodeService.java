package org.hexmall.application.service.wallet;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.CodeConfirmation;
import org.hexmall.application.port.in.wallet.ConfirmBindingCode;
import org.hexmall.application.port.in.wallet.ConfirmCodeCommand;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.service.shared.CodeDispatch.CodeEntry;
import org.hexmall.application.service.wallet.shared.BindingCodes;
import org.hexmall.application.service.wallet.shared.OwnedBinding;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.security.VerificationCode.CodeCheck;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletBinding;

public final class ConfirmBindingCodeService implements ConfirmBindingCode {

    private final Customers customers;
    private final WalletBindings bindings;
    private final BindingCodes codes;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ConfirmBindingCodeService(Customers customers, WalletBindings bindings, BindingCodes codes,
                                     TransactionRunner transactions, Clock clock) {
        this.customers = customers;
        this.bindings = bindings;
        this.codes = codes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public CodeConfirmation confirm(ConfirmCodeCommand command) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Optional<WalletBinding> found = OwnedBinding.find(bindings, command.customerId(), command.bindingId());
            if (found.isEmpty() || found.get().status() != BindingStatus.CODE_SENT
                    || OwnedBinding.expireIfStale(bindings, found.get(), now)) {
                return new CodeConfirmation.NotPending();
            }
            WalletBinding binding = found.get();
            Customer customer = customers.findById(command.customerId()).orElseThrow();
            // Only a code sent since this binding started counts, never one left over from before.
            Optional<CodeEntry> entry = codes.check(customer.phone(), command.digits(), binding.startedAt());
            if (entry.isEmpty()) {
                return new CodeConfirmation.Expired();
            }
            if (entry.get().replacedCode()) {
                return new CodeConfirmation.Replaced();
            }
            return switch (entry.get().check()) {
                case CodeCheck.Accepted accepted -> {
                    binding.codeAccepted(now);
                    bindings.update(binding);
                    yield new CodeConfirmation.Accepted();
                }
                case CodeCheck.Wrong wrong -> new CodeConfirmation.WrongCode(wrong.entriesLeft());
                case CodeCheck.Exhausted exhausted -> {
                    // Noted once, by the entry that used up the code, so the agent sees it in the history.
                    if (entry.get().usedUpTheCode()) {
                        binding.noteTrouble(BindingFailureReason.CODE_EXHAUSTED, now);
                        bindings.update(binding);
                    }
                    yield new CodeConfirmation.Exhausted();
                }
                case CodeCheck.Expired expired -> new CodeConfirmation.Expired();
                case CodeCheck.AlreadyUsed used -> new CodeConfirmation.Expired();
            };
        });
    }
}
