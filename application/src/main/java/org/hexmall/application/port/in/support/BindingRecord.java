package org.hexmall.application.port.in.support;

import java.time.Instant;
import java.util.Arrays;
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
 * @param failedAtStep          the status the binding was in when it failed: which step of binding went wrong
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
        Optional<BindingStatus> failedAt = binding.status() == BindingStatus.FAILED && history.size() > 1
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
        return event.reason().flatMap(reason -> Arrays.stream(BindingFailureReason.values())
                .filter(failure -> failure.name().equals(reason))
                .findFirst());
    }

    /** True when something went wrong along the way, even if the binding carried on. */
    public boolean hadTrouble() {
        return failureReason.isPresent() || history.stream().anyMatch(event -> event.reason().isPresent());
    }
}
