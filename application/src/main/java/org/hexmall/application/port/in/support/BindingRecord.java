package org.hexmall.application.port.in.support;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.wallet.AgreementCancellation;
import org.hexmall.domain.wallet.BindingEvent;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A wallet binding as an agent sees it: masked account, where it stands, and every step with its reason.
 *
 * @param failedAtStep          the status the binding was in when it failed, or expired after a problem: which step
 *                              of binding went wrong
 * @param agreementCancellation once the binding ended in hexmall, where the cancellation of its agreement at the
 *                              provider stands
 */
public record BindingRecord(BindingId id, WalletProvider provider, String maskedAccount, BindingStatus status,
                            boolean preferred, Instant startedAt, Optional<BindingFailureReason> failureReason,
                            Optional<BindingStatus> failedAtStep,
                            Optional<AgreementCancellation> agreementCancellation, List<BindingEvent> history) {

    public BindingRecord {
        history = List.copyOf(history);
    }

    public static BindingRecord of(WalletBinding binding) {
        List<BindingEvent> history = binding.history();
        boolean endedOnAProblem = binding.status() == BindingStatus.FAILED
                || binding.status() == BindingStatus.EXPIRED && binding.failureReason().isPresent();
        Optional<BindingStatus> failedAt = endedOnAProblem && history.size() > 1
                ? Optional.of(history.get(history.size() - 2).status())
                : Optional.empty();
        return new BindingRecord(binding.id(), binding.provider(), binding.account().masked(), binding.status(),
                binding.isPreferred(), binding.startedAt(), binding.failureReason(), failedAt,
                binding.agreementCancellation(), history);
    }

    public boolean isActive() {
        return status == BindingStatus.ACTIVE;
    }

    /** True while the provider has yet to confirm that the agreement is cancelled. */
    public boolean isCancellingAgreement() {
        return agreementCancellation.equals(Optional.of(AgreementCancellation.PENDING));
    }

    /** The failure an event's reason names, if it names one rather than quoting an agent's words. */
    public Optional<BindingFailureReason> failureNamedBy(BindingEvent event) {
        return event.reason().flatMap(BindingFailureReason::named);
    }

    /**
     * The problem the customer last ran into with this binding, whether it ended the binding (it failed, or expired
     * after it) or the binding still waits at the step where it was noted (a code typed wrong too often, a provider
     * that could not be reached); empty when nothing went wrong, or the customer got past it.
     */
    public Optional<Trouble> latestTrouble() {
        if (failureReason.isPresent()) {
            Instant at = history.isEmpty() ? startedAt : history.getLast().at();
            return Optional.of(new Trouble(failureReason.get(), failedAtStep.orElse(status), at, false));
        }
        if (!status.isPending()) {
            return Optional.empty();
        }
        return WalletBinding.troubleNotedAt(status, history).map(reason -> new Trouble(reason, status,
                history.reversed().stream().filter(event -> failureNamedBy(event).isPresent())
                        .map(BindingEvent::at).findFirst().orElse(startedAt), true));
    }

    /**
     * A problem a binding ran into.
     *
     * @param step     the step it happened at
     * @param stillOpen the binding still waits at that step, so the customer can go on from there
     */
    public record Trouble(BindingFailureReason reason, BindingStatus step, Instant at, boolean stillOpen) {
    }

    /** True when something went wrong along the way, even if the binding carried on. */
    public boolean hadTrouble() {
        return failureReason.isPresent() || history.stream().anyMatch(event -> event.reason().isPresent());
    }
}
