package org.hexmall.application.service.wallet.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.wallet.CancellationResult;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletBinding;

/**
 * Has the provider cancel the agreement of a binding that ended in hexmall, never holding a transaction across the
 * call: an attempt is taken in a transaction (the one that ends the binding, or the scheduled job's), the provider
 * is asked with none open, and its answer is recorded in a transaction of its own. Taking an attempt moves the next
 * one past the time its answer is due, so that however many servers run, one attempt at a time reaches the
 * provider; a provider that cannot be reached is asked again on the {@link CancellationSchedule}.
 */
public final class AgreementCancellations {

    private final WalletBindings bindings;
    private final TransactionRunner transactions;
    private final WalletProviderGateway gateway;
    private final CancellationSchedule schedule;
    private final Clock clock;

    public AgreementCancellations(WalletBindings bindings, TransactionRunner transactions,
                                  WalletProviderGateway gateway, CancellationSchedule schedule, Clock clock) {
        this.bindings = bindings;
        this.transactions = transactions;
        this.gateway = gateway;
        this.schedule = schedule;
        this.clock = clock;
    }

    /**
     * Takes the first attempt for a binding the caller has just ended, so that the caller may ask the provider at
     * once. Call inside the transaction that ends the binding, before it stores it.
     */
    public void takeFirstAttempt(WalletBinding ended, Instant now) {
        ended.claimCancellationAttempt(now, now.plus(schedule.answerWait()));
    }

    /**
     * Locks the binding and takes its attempt, if one is due; empty when none is (another server took it, or the
     * agreement is over). Call inside a transaction.
     */
    public Optional<WalletBinding> takeDueAttempt(BindingId id, Instant now) {
        Optional<WalletBinding> due = bindings.lockById(id).filter(binding -> binding.isCancellationDueAt(now));
        due.ifPresent(binding -> {
            binding.claimCancellationAttempt(now, now.plus(schedule.answerWait()));
            bindings.update(binding);
        });
        return due;
    }

    /**
     * Asks the provider to cancel the agreement of a binding whose attempt the caller took, and records the answer.
     * Call outside any transaction. True when the agreement is over.
     */
    public boolean askProvider(WalletBinding taken) {
        CancellationResult answer = gateway.cancelAgreement(taken.provider(), taken.agreementToken().orElseThrow());
        return transactions.inTransaction(() -> record(taken.id(), answer));
    }

    private boolean record(BindingId id, CancellationResult answer) {
        WalletBinding binding = bindings.lockById(id).orElseThrow();
        if (!binding.isCancellingAgreement()) {
            // An attempt made after this one's answer was overdue has recorded the end already.
            return true;
        }
        Instant now = clock.instant();
        boolean over = switch (answer) {
            case CancellationResult.Cancelled cancelled -> {
                binding.agreementCancelled(now);
                yield true;
            }
            case CancellationResult.AlreadyEnded ended -> {
                binding.agreementAlreadyEnded(now);
                yield true;
            }
            case CancellationResult.ProviderUnavailable unavailable -> {
                binding.cancellationDeferred(now,
                        now.plus(schedule.retryWaitAfter(binding.cancellationAttemptsDeferred() + 1)));
                yield false;
            }
        };
        bindings.update(binding);
        return over;
    }
}
