package org.hexmall.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/** A binding ended in hexmall has its agreement cancelled at the provider: one attempt at a time, until it is done. */
class AgreementCancellationTest {

    private static final Instant BOUND = Instant.parse("2025-11-11T10:00:00Z");
    private static final Instant UNBOUND = BOUND.plus(Duration.ofDays(1));
    private static final Instant ANSWER_BY = UNBOUND.plus(Duration.ofMinutes(2));
    private static final Instant LATER = UNBOUND.plus(Duration.ofMinutes(10));

    private static final CustomerId LI_LEI = new CustomerId(UUID.fromString("6f1c2a3e-0000-4000-8000-0000000000aa"));
    private static final WalletAccountIdentifier PHONE = WalletAccountIdentifier.parse(WalletProvider.ALIPAY,
            "13800000001");

    private final WalletBinding binding = activeBinding();

    // What ends an agreement's use

    @Test
    void aBindingStillActive_hasNoAgreementToCancel() {
        assertThat(binding.agreementCancellation()).isEmpty();
        assertThat(binding.isCancellingAgreement()).isFalse();
        assertThat(binding.isCancellationDueAt(LATER)).isFalse();
    }

    @Test
    void unbinding_leavesTheAgreementToBeCancelledAtOnce_withoutAStepOfItsOwn() {
        binding.unbind(UNBOUND, Optional.of("customer reported the phone stolen"));

        assertThat(binding.agreementCancellation()).contains(AgreementCancellation.PENDING);
        assertThat(binding.isCancellationDueAt(UNBOUND)).isTrue();
        assertThat(binding.history()).last().isEqualTo(new BindingEvent(UNBOUND, BindingStatus.UNBOUND,
                Optional.of("customer reported the phone stolen")));
    }

    @Test
    void aReplacedBinding_leavesItsAgreementToBeCancelledToo() {
        binding.replaced(UNBOUND);

        assertThat(binding.isCancellingAgreement()).isTrue();
        assertThat(binding.isCancellationDueAt(UNBOUND)).isTrue();
    }

    @Test
    void aBindingTheCustomerRevokedInTheWalletApp_hasNothingToCancel() {
        binding.revokedByProvider(UNBOUND);

        assertThat(binding.agreementCancellation()).isEmpty();
        assertThat(binding.isCancellationDueAt(LATER)).isFalse();
    }

    @Test
    void aBindingBeingCancelled_canNoLongerPayNorBePreferred() {
        binding.unbind(UNBOUND, Optional.empty());

        assertThat(binding.isActive()).isFalse();
        assertThat(binding.isPreferred()).isFalse();
    }

    // One attempt at a time

    @Test
    void anAttemptTaken_keepsAnyOtherFromStartingUntilItsAnswerIsDue() {
        binding.unbind(UNBOUND, Optional.empty());

        binding.claimCancellationAttempt(UNBOUND, ANSWER_BY);

        assertThat(binding.isCancellationDueAt(UNBOUND.plusSeconds(30))).isFalse();
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> binding.claimCancellationAttempt(UNBOUND.plusSeconds(30), LATER))
                .extracting(DomainException::code).isEqualTo("wallet.binding.cancellation-not-due");
    }

    @Test
    void anAttemptWhoseAnswerNeverCame_isDueAgainOnceItsTimeIsUp() {
        binding.unbind(UNBOUND, Optional.empty());
        binding.claimCancellationAttempt(UNBOUND, ANSWER_BY);

        assertThat(binding.isCancellationDueAt(ANSWER_BY)).isTrue();
    }

    // The provider's answer

    @Test
    void theProvidersCancellation_endsItAndJoinsTheHistory() {
        binding.unbind(UNBOUND, Optional.empty());
        binding.claimCancellationAttempt(UNBOUND, ANSWER_BY);

        binding.agreementCancelled(UNBOUND.plusSeconds(1));

        assertThat(binding.agreementCancellation()).contains(AgreementCancellation.CANCELLED);
        assertThat(binding.isCancellingAgreement()).isFalse();
        assertThat(binding.isCancellationDueAt(LATER)).isFalse();
        assertThat(binding.nextCancellationAttempt()).isEmpty();
        assertThat(binding.history()).last().isEqualTo(new BindingEvent(UNBOUND.plusSeconds(1),
                BindingStatus.UNBOUND, Optional.empty(), Optional.of(AgreementCancellation.CANCELLED)));
    }

    @Test
    void anAgreementTheProviderHadEndedAlready_needsNoMoreAttempts() {
        binding.replaced(UNBOUND);

        binding.agreementAlreadyEnded(UNBOUND.plusSeconds(1));

        assertThat(binding.agreementCancellation()).contains(AgreementCancellation.ALREADY_ENDED);
        assertThat(binding.isCancellationDueAt(LATER)).isFalse();
        assertThat(binding.history()).last().extracting(BindingEvent::status, BindingEvent::cancellation)
                .containsExactly(BindingStatus.REPLACED, Optional.of(AgreementCancellation.ALREADY_ENDED));
    }

    @Test
    void aProviderThatCannotBeReached_leavesItPendingUntilTheRetry_notedForTheAgent() {
        binding.unbind(UNBOUND, Optional.empty());
        binding.claimCancellationAttempt(UNBOUND, ANSWER_BY);

        binding.cancellationDeferred(UNBOUND.plusSeconds(1), UNBOUND.plusSeconds(31));

        assertThat(binding.isCancellingAgreement()).isTrue();
        assertThat(binding.isCancellationDueAt(UNBOUND.plusSeconds(30))).isFalse();
        assertThat(binding.isCancellationDueAt(UNBOUND.plusSeconds(31))).isTrue();
        assertThat(binding.history()).last().isEqualTo(new BindingEvent(UNBOUND.plusSeconds(1), BindingStatus.UNBOUND,
                Optional.of(BindingFailureReason.PROVIDER_UNAVAILABLE.name()),
                Optional.of(AgreementCancellation.PENDING)));
    }

    @Test
    void eachAttemptThatFoundTheProviderUnavailable_isCounted() {
        binding.unbind(UNBOUND, Optional.empty());
        assertThat(binding.cancellationAttemptsDeferred()).isZero();

        binding.cancellationDeferred(UNBOUND, UNBOUND.plusSeconds(30));
        binding.cancellationDeferred(UNBOUND.plusSeconds(30), UNBOUND.plusSeconds(90));

        assertThat(binding.cancellationAttemptsDeferred()).isEqualTo(2);
    }

    @Test
    void aCancellationDone_isNotDoneAgain() {
        binding.unbind(UNBOUND, Optional.empty());
        binding.agreementCancelled(UNBOUND);

        assertThatExceptionOfType(DomainException.class).isThrownBy(() -> binding.agreementCancelled(LATER))
                .extracting(DomainException::code).isEqualTo("wallet.binding.not-cancelling");
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> binding.cancellationDeferred(LATER, LATER.plusSeconds(30)));
        assertThat(binding.history()).filteredOn(BindingEvent::concernsCancellation).hasSize(1);
    }

    @Test
    void anActiveBinding_hasNoCancellationToAnswer() {
        assertThatExceptionOfType(DomainException.class).isThrownBy(() -> binding.agreementAlreadyEnded(LATER))
                .extracting(DomainException::code).isEqualTo("wallet.binding.not-cancelling");
        assertThat(binding.history()).noneMatch(BindingEvent::concernsCancellation);
    }

    // Stored and read back

    @Test
    void aPendingCancellationReadBackFromStorage_isDueWhenItWas() {
        binding.unbind(UNBOUND, Optional.empty());
        binding.claimCancellationAttempt(UNBOUND, ANSWER_BY);

        WalletBinding stored = WalletBinding.reconstitute(binding.id(), binding.customerId(), binding.provider(),
                binding.account(), binding.startedAt(), binding.status(), binding.failureReason(),
                binding.agreementToken(), binding.isPreferred(), binding.agreementCancellation(),
                binding.nextCancellationAttempt(), binding.history());

        assertThat(stored.isCancellationDueAt(ANSWER_BY.minusMillis(1))).isFalse();
        assertThat(stored.isCancellationDueAt(ANSWER_BY)).isTrue();
    }

    @Test
    void aPendingCancellationWithoutItsNextAttempt_cannotBeReadBack() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> WalletBinding.reconstitute(
                binding.id(), LI_LEI, WalletProvider.ALIPAY, PHONE, BOUND, BindingStatus.UNBOUND, Optional.empty(),
                binding.agreementToken(), false, Optional.of(AgreementCancellation.PENDING), Optional.empty(),
                List.of()));
    }

    private static WalletBinding activeBinding() {
        WalletBinding active = WalletBinding.start(new BindingId(UUID.randomUUID()), LI_LEI, WalletProvider.ALIPAY,
                PHONE, BOUND.minus(Duration.ofMinutes(3)));
        active.codeAccepted(BOUND.minus(Duration.ofMinutes(2)));
        active.authorized("alipay-agreement-20251111-0001", true, BOUND);
        return active;
    }
}
