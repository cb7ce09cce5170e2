package org.hexmall.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WalletBindingTest {

    private static final Instant STARTED = Instant.parse("2025-11-11T10:00:00Z");
    private static final Instant CODE_TYPED = STARTED.plus(Duration.ofMinutes(1));
    private static final Instant APPROVED = STARTED.plus(Duration.ofMinutes(3));
    private static final Instant TIME_IS_UP = STARTED.plus(Duration.ofMinutes(15));
    private static final Instant NEXT_DAY = STARTED.plus(Duration.ofDays(1));

    private static final BindingId BINDING = new BindingId(UUID.fromString("6f1c2a3e-0000-4000-8000-000000000001"));
    private static final CustomerId LI_LEI = new CustomerId(UUID.fromString("6f1c2a3e-0000-4000-8000-0000000000aa"));
    private static final WalletAccountIdentifier PHONE = WalletAccountIdentifier.parse(WalletProvider.ALIPAY,
            "13800000001");
    private static final String AGREEMENT = "alipay-agreement-20251111-0001";

    private final WalletBinding binding = WalletBinding.start(BINDING, LI_LEI, WalletProvider.ALIPAY, PHONE, STARTED);

    // Starting

    @Test
    void aNewBinding_hasSentItsCodeAndRecordedThatOneStep() {
        assertThat(binding.status()).isEqualTo(BindingStatus.CODE_SENT);
        assertThat(binding.startedAt()).isEqualTo(STARTED);
        assertThat(binding.history())
                .containsExactly(new BindingEvent(STARTED, BindingStatus.CODE_SENT, Optional.empty()));
    }

    @Test
    void aNewBinding_isNotYetUsableForPayments() {
        assertThat(binding.isActive()).isFalse();
        assertThat(binding.isPreferred()).isFalse();
        assertThat(binding.agreementToken()).isEmpty();
        assertThat(binding.boundAt()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(names = {"PAYPAL", "APPLE_PAY"})
    void aWalletTheStoreDoesNotSupport_cannotBeBound(WalletProvider unsupported) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> WalletBinding.start(BINDING, LI_LEI, unsupported, PHONE, STARTED))
                .extracting(DomainException::code).isEqualTo("wallet.provider.unsupported");
    }

    @Test
    void anEmailForUnionPayQuickPass_cannotBeBound() {
        WalletAccountIdentifier email = WalletAccountIdentifier.parse(WalletProvider.ALIPAY, "li.lei@example.com");

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> WalletBinding.start(BINDING, LI_LEI, WalletProvider.UNIONPAY_QUICKPASS, email,
                        STARTED))
                .extracting(DomainException::code).isEqualTo("wallet.identifier.kind-not-accepted");
    }

    // Setting up

    @Test
    void theRightCode_asksTheWalletAppNext() {
        binding.codeAccepted(CODE_TYPED);

        assertThat(binding.status()).isEqualTo(BindingStatus.AWAITING_AUTHORIZATION);
    }

    @Test
    void approvalInTheWalletApp_makesTheBindingActiveWithTheProvidersAgreement() {
        binding.codeAccepted(CODE_TYPED);

        binding.authorized(AGREEMENT, true, APPROVED);

        assertThat(binding.status()).isEqualTo(BindingStatus.ACTIVE);
        assertThat(binding.isActive()).isTrue();
        assertThat(binding.agreementToken()).contains(AGREEMENT);
        assertThat(binding.boundAt()).contains(APPROVED);
    }

    @Test
    void aBindingAuthorizedAsPreferred_isThePreferredWallet() {
        binding.codeAccepted(CODE_TYPED);

        binding.authorized(AGREEMENT, true, APPROVED);

        assertThat(binding.isPreferred()).isTrue();
    }

    @Test
    void aBindingAuthorizedNotAsPreferred_isNotThePreferredWallet() {
        binding.codeAccepted(CODE_TYPED);

        binding.authorized(AGREEMENT, false, APPROVED);

        assertThat(binding.isPreferred()).isFalse();
    }

    @Test
    void anApprovalWithoutAnAgreement_isRefusedAndTheBindingKeepsWaiting() {
        binding.codeAccepted(CODE_TYPED);

        assertThatIllegalArgumentException().isThrownBy(() -> binding.authorized(" ", true, APPROVED));
        assertThat(binding.status()).isEqualTo(BindingStatus.AWAITING_AUTHORIZATION);
    }

    @Test
    void anApprovalBeforeTheRightCode_isRefusedAsAnIllegalTransition() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> binding.authorized(AGREEMENT, true, APPROVED))
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("wallet.binding.illegal-transition");
                    assertThat(refusal.arguments()).containsExactly(BindingStatus.CODE_SENT, BindingStatus.ACTIVE);
                });
        assertThat(binding.isActive()).isFalse();
    }

    @Test
    void aFailedBinding_keepsItsReasonForTheAgentConsole() {
        binding.codeAccepted(CODE_TYPED);

        binding.fail(BindingFailureReason.REJECTED_IN_WALLET, APPROVED);

        assertThat(binding.status()).isEqualTo(BindingStatus.FAILED);
        assertThat(binding.failureReason()).contains(BindingFailureReason.REJECTED_IN_WALLET);
        assertThat(binding.history()).last()
                .isEqualTo(new BindingEvent(APPROVED, BindingStatus.FAILED, Optional.of("REJECTED_IN_WALLET")));
    }

    // Expiry

    @Test
    void aBindingBeingSetUp_isStillOpenJustBeforeFifteenMinutes() {
        assertThat(binding.hasExpiredAt(TIME_IS_UP.minusNanos(1))).isFalse();
    }

    @Test
    void aBindingBeingSetUp_hasExpiredAtFifteenMinutes() {
        assertThat(binding.hasExpiredAt(TIME_IS_UP)).isTrue();
    }

    @Test
    void aBindingWaitingForTheWalletApp_expiresFifteenMinutesAfterItStarted() {
        binding.codeAccepted(CODE_TYPED);

        assertThat(binding.hasExpiredAt(TIME_IS_UP)).isTrue();
    }

    @Test
    void anActiveBinding_neverExpires() {
        WalletBinding active = activeBinding();

        assertThat(active.hasExpiredAt(NEXT_DAY)).isFalse();
    }

    @Test
    void theRightCodeAfterFifteenMinutes_isRefusedAsExpired() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> binding.codeAccepted(TIME_IS_UP))
                .extracting(DomainException::code).isEqualTo("wallet.binding.expired");
        assertThat(binding.status()).isEqualTo(BindingStatus.CODE_SENT);
    }

    @Test
    void anApprovalAfterFifteenMinutes_isRefusedAsExpiredAndBindsNothing() {
        binding.codeAccepted(CODE_TYPED);

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> binding.authorized(AGREEMENT, true, TIME_IS_UP))
                .extracting(DomainException::code).isEqualTo("wallet.binding.expired");
        assertThat(binding.isActive()).isFalse();
        assertThat(binding.agreementToken()).isEmpty();
    }

    @Test
    void aBindingStillWithinItsFifteenMinutes_cannotBeExpired() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> binding.expire(TIME_IS_UP.minusSeconds(1)))
                .extracting(DomainException::code).isEqualTo("wallet.binding.not-expired");
        assertThat(binding.status()).isEqualTo(BindingStatus.CODE_SENT);
    }

    @Test
    void anExpiredBinding_endsForGood() {
        binding.expire(TIME_IS_UP);

        assertThat(binding.status()).isEqualTo(BindingStatus.EXPIRED);
        assertThat(binding.status().isFinal()).isTrue();
        assertThat(binding.hasExpiredAt(NEXT_DAY)).isFalse();
    }

    @Test
    void aBindingThatExpiresAfterTroubleAtItsStep_keepsTheTroubleAsItsReason() {
        binding.codeAccepted(CODE_TYPED);
        binding.noteTrouble(BindingFailureReason.PROVIDER_UNAVAILABLE, APPROVED);

        binding.expire(TIME_IS_UP);

        assertThat(binding.status()).isEqualTo(BindingStatus.EXPIRED);
        assertThat(binding.failureReason()).contains(BindingFailureReason.PROVIDER_UNAVAILABLE);
        assertThat(binding.history()).last().isEqualTo(
                new BindingEvent(TIME_IS_UP, BindingStatus.EXPIRED, Optional.of("PROVIDER_UNAVAILABLE")));
    }

    @Test
    void troubleTheCustomerGotPast_isNotTheReasonTheBindingExpired() {
        binding.noteTrouble(BindingFailureReason.CODE_EXHAUSTED, CODE_TYPED);
        binding.codeAccepted(APPROVED);

        binding.expire(TIME_IS_UP);

        assertThat(binding.failureReason()).isEmpty();
        assertThat(binding.history()).last()
                .isEqualTo(new BindingEvent(TIME_IS_UP, BindingStatus.EXPIRED, Optional.empty()));
    }

    @Test
    void theTroubleAtThisStep_isTheLatestNotedSinceTheBindingReachedIt() {
        assertThat(binding.troubleAtThisStep()).isEmpty();
        binding.noteTrouble(BindingFailureReason.CODE_EXHAUSTED, CODE_TYPED);
        assertThat(binding.troubleAtThisStep()).contains(BindingFailureReason.CODE_EXHAUSTED);

        binding.codeAccepted(CODE_TYPED.plusSeconds(30));
        assertThat(binding.troubleAtThisStep()).isEmpty();
        binding.noteTrouble(BindingFailureReason.STORE_ERROR, APPROVED);
        binding.noteTrouble(BindingFailureReason.PROVIDER_UNAVAILABLE, APPROVED.plusSeconds(30));
        assertThat(binding.troubleAtThisStep()).contains(BindingFailureReason.PROVIDER_UNAVAILABLE);

        binding.fail(BindingFailureReason.REJECTED_IN_WALLET, APPROVED.plusSeconds(60));
        assertThat(binding.troubleAtThisStep()).isEmpty();
    }

    // The device it was made on

    @Test
    void aBinding_remembersTheDeviceItWasMadeOn() {
        DeviceId phone = new DeviceId(UUID.fromString("6f1c2a3e-0000-4000-8000-0000000000d1"));

        WalletBinding made = WalletBinding.start(BINDING, LI_LEI, WalletProvider.ALIPAY, PHONE, STARTED,
                Optional.empty(), Optional.of(phone));

        assertThat(made.device()).contains(phone);
        assertThat(binding.device()).isEmpty();
    }

    // Ending an active binding

    @Test
    void unbinding_endsTheBindingAndItsPreference() {
        WalletBinding active = activeBinding();

        active.unbind(NEXT_DAY, Optional.empty());

        assertThat(active.status()).isEqualTo(BindingStatus.UNBOUND);
        assertThat(active.isActive()).isFalse();
        assertThat(active.isPreferred()).isFalse();
    }

    @Test
    void anAgentsReasonForUnbinding_isKeptInTheHistory() {
        WalletBinding active = activeBinding();

        active.unbind(NEXT_DAY, Optional.of("customer reported the phone stolen"));

        assertThat(active.history()).last().isEqualTo(
                new BindingEvent(NEXT_DAY, BindingStatus.UNBOUND, Optional.of("customer reported the phone stolen")));
    }

    @Test
    void aReplacedBinding_endsAndIsNoLongerPreferred() {
        WalletBinding active = activeBinding();

        active.replaced(NEXT_DAY);

        assertThat(active.status()).isEqualTo(BindingStatus.REPLACED);
        assertThat(active.isPreferred()).isFalse();
    }

    @Test
    void aBindingRevokedInTheWalletApp_endsAndIsNoLongerPreferred() {
        WalletBinding active = activeBinding();

        active.revokedByProvider(NEXT_DAY);

        assertThat(active.status()).isEqualTo(BindingStatus.REVOKED);
        assertThat(active.isPreferred()).isFalse();
    }

    // Moves the lifecycle forbids

    @Test
    void unbindingAFailedBinding_isRefusedAsAnIllegalTransition() {
        binding.fail(BindingFailureReason.CODE_EXHAUSTED, CODE_TYPED);

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> binding.unbind(NEXT_DAY, Optional.empty()))
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("wallet.binding.illegal-transition");
                    assertThat(refusal.arguments()).containsExactly(BindingStatus.FAILED, BindingStatus.UNBOUND);
                });
        assertThat(binding.status()).isEqualTo(BindingStatus.FAILED);
    }

    @Test
    void anUnboundBinding_cannotBecomeActiveAgain() {
        WalletBinding unbound = activeBinding();
        unbound.unbind(NEXT_DAY, Optional.empty());

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> unbound.authorized(AGREEMENT, true, NEXT_DAY.plusSeconds(1)))
                .extracting(DomainException::code).isEqualTo("wallet.binding.illegal-transition");
        assertThat(unbound.isActive()).isFalse();
    }

    @Test
    void anActiveBinding_cannotFail() {
        WalletBinding active = activeBinding();

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> active.fail(BindingFailureReason.PROVIDER_UNAVAILABLE, NEXT_DAY))
                .extracting(DomainException::code).isEqualTo("wallet.binding.illegal-transition");
        assertThat(active.isActive()).isTrue();
        assertThat(active.failureReason()).isEmpty();
    }

    // Preferred wallet

    @Test
    void anActiveBinding_canBeMadeThePreferredWallet() {
        binding.codeAccepted(CODE_TYPED);
        binding.authorized(AGREEMENT, false, APPROVED);

        binding.markPreferred(true);

        assertThat(binding.isPreferred()).isTrue();
    }

    @Test
    void aBindingNotYetActive_cannotBeMadeThePreferredWallet() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> binding.markPreferred(true))
                .extracting(DomainException::code).isEqualTo("wallet.binding.not-active");
        assertThat(binding.isPreferred()).isFalse();
    }

    @Test
    void anUnboundBinding_cannotBeMadeThePreferredWallet() {
        WalletBinding unbound = activeBinding();
        unbound.unbind(NEXT_DAY, Optional.empty());

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> unbound.markPreferred(true))
                .extracting(DomainException::code).isEqualTo("wallet.binding.not-active");
    }

    // History

    @Test
    void theHistory_keepsEveryMoveInOrderWithItsTime() {
        binding.codeAccepted(CODE_TYPED);
        binding.authorized(AGREEMENT, true, APPROVED);
        binding.unbind(NEXT_DAY, Optional.empty());

        assertThat(binding.history()).containsExactly(
                new BindingEvent(STARTED, BindingStatus.CODE_SENT, Optional.empty()),
                new BindingEvent(CODE_TYPED, BindingStatus.AWAITING_AUTHORIZATION, Optional.empty()),
                new BindingEvent(APPROVED, BindingStatus.ACTIVE, Optional.empty()),
                new BindingEvent(NEXT_DAY, BindingStatus.UNBOUND, Optional.empty()));
    }

    @Test
    void aRefusedMove_leavesNoTraceInTheHistory() {
        binding.fail(BindingFailureReason.ACCOUNT_NOT_FOUND, CODE_TYPED);

        assertThatExceptionOfType(DomainException.class).isThrownBy(() -> binding.codeAccepted(CODE_TYPED));

        assertThat(binding.history()).extracting(BindingEvent::status)
                .containsExactly(BindingStatus.CODE_SENT, BindingStatus.FAILED);
    }

    private static WalletBinding activeBinding() {
        WalletBinding active = WalletBinding.start(BINDING, LI_LEI, WalletProvider.ALIPAY, PHONE, STARTED);
        active.codeAccepted(CODE_TYPED);
        active.authorized(AGREEMENT, true, APPROVED);
        return active;
    }
}
