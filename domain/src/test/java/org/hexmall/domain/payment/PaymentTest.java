package org.hexmall.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentTest {

    private static final Instant CREATED = Instant.parse("2026-11-22T10:02:00Z");
    private static final Instant SENT_TO_WALLET = CREATED.plusSeconds(1);
    private static final Instant CONFIRMED = CREATED.plus(Duration.ofMinutes(1));
    private static final Instant RECONCILED = CREATED.plus(Duration.ofMinutes(10));
    private static final String WALLET_PAGE = "https://wallet.example/pay/p-1";

    private static final PaymentId PAYMENT = new PaymentId(UUID.fromString("6f1c2a3e-0000-4000-8000-000000000201"));
    private static final OrderId ORDER = new OrderId(UUID.fromString("6f1c2a3e-0000-4000-8000-000000000101"));
    private static final OrderNumber NUMBER = new OrderNumber("261122045584");
    private static final CustomerId LI_LEI = new CustomerId(UUID.fromString("6f1c2a3e-0000-4000-8000-0000000000aa"));
    private static final BindingId BINDING = new BindingId(UUID.fromString("6f1c2a3e-0000-4000-8000-000000000001"));
    private static final Money AMOUNT = Money.ofYuan(4_098, 80);
    private static final String TRANSACTION = "alipay-trade-20261122-0001";

    private final Payment payment = Payment.create(PAYMENT, ORDER, NUMBER, LI_LEI, BINDING, WalletProvider.ALIPAY, AMOUNT, CREATED);

    // Creating

    @Test
    void aNewPayment_isCreatedWithOneStepInItsTimeline() {
        assertThat(payment.status()).isEqualTo(PaymentStatus.CREATED);
        assertThat(payment.amount()).isEqualTo(AMOUNT);
        assertThat(payment.timeline())
                .containsExactly(PaymentEvent.moved(CREATED, PaymentStatus.CREATED));
    }

    @Test
    void aNewPayment_hasChargedNothingYet() {
        assertThat(payment.providerTransaction()).isEmpty();
        assertThat(payment.failureReason()).isEmpty();
    }

    @Test
    void aPaymentOfNothing_isRefused() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> Payment.create(PAYMENT, ORDER, NUMBER, LI_LEI, BINDING, WalletProvider.ALIPAY, Money.ZERO, CREATED))
                .extracting(DomainException::code).isEqualTo("payment.zero-amount");
    }

    // Paying

    @Test
    void aPaymentTheProviderAccepted_waitsForTheCustomerToConfirmInTheWalletApp() {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);

        assertThat(payment.status()).isEqualTo(PaymentStatus.AWAITING_CONFIRMATION);
        assertThat(payment.timeline()).last()
                .isEqualTo(PaymentEvent.moved(SENT_TO_WALLET, PaymentStatus.AWAITING_CONFIRMATION));
    }

    @Test
    void aConfirmedPayment_succeedsWithTheProvidersTransaction() {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);

        payment.succeed(TRANSACTION, CONFIRMED);

        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.providerTransaction()).contains(TRANSACTION);
        assertThat(payment.timeline()).last()
                .isEqualTo(PaymentEvent.moved(CONFIRMED, PaymentStatus.SUCCEEDED));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aSuccessWithoutTheProvidersTransaction_isRefusedAndThePaymentKeepsWaiting(String transaction) {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);

        assertThatIllegalArgumentException().isThrownBy(() -> payment.succeed(transaction, CONFIRMED));
        assertThat(payment.status()).isEqualTo(PaymentStatus.AWAITING_CONFIRMATION);
        assertThat(payment.timeline()).hasSize(2);
    }

    @Test
    void aFailedPayment_keepsItsReasonForTheCustomerAndTheAgent() {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);

        payment.fail(PaymentFailureReason.INSUFFICIENT_BALANCE, CONFIRMED);

        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(payment.failureReason()).contains(PaymentFailureReason.INSUFFICIENT_BALANCE);
        assertThat(payment.timeline()).last()
                .isEqualTo(PaymentEvent.failed(CONFIRMED, PaymentFailureReason.INSUFFICIENT_BALANCE));
    }

    @Test
    void aProviderThatCannotBeReached_failsThePaymentBeforeTheCustomerIsSentAnywhere() {
        payment.fail(PaymentFailureReason.PROVIDER_UNAVAILABLE, SENT_TO_WALLET);

        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(payment.failureReason()).contains(PaymentFailureReason.PROVIDER_UNAVAILABLE);
    }

    @Test
    void aCustomerWhoGivesUpInTheWalletApp_cancelsThePaymentAndIsNotCharged() {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);

        payment.cancel(CONFIRMED);

        assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(payment.providerTransaction()).isEmpty();
    }

    // Unknown outcomes and reconciliation

    @Test
    void aProviderThatDoesNotAnswerInTime_leavesTheOutcomeUnknown() {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);

        payment.outcomeUnknown(CONFIRMED);

        assertThat(payment.status()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(payment.status().isFinal()).isFalse();
    }

    @Test
    void anUnknownOutcome_reconciledAsCharged_succeeds() {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);
        payment.outcomeUnknown(CONFIRMED);

        payment.succeed(TRANSACTION, RECONCILED);

        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.providerTransaction()).contains(TRANSACTION);
    }

    @Test
    void anUnknownOutcome_reconciledAsNotCharged_fails() {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);
        payment.outcomeUnknown(CONFIRMED);

        payment.fail(PaymentFailureReason.DECLINED, RECONCILED);

        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(payment.failureReason()).contains(PaymentFailureReason.DECLINED);
    }

    // Never charged twice, never charged after failing

    @Test
    void aSecondSuccess_isRefusedAndTheFirstTransactionStands() {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);
        payment.succeed(TRANSACTION, CONFIRMED);

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> payment.succeed("alipay-trade-20261122-0002", RECONCILED))
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("payment.illegal-transition");
                    assertThat(refusal.arguments()).containsExactly(PaymentStatus.SUCCEEDED, PaymentStatus.SUCCEEDED);
                });
        assertThat(payment.providerTransaction()).contains(TRANSACTION);
        assertThat(payment.timeline()).hasSize(3);
    }

    @Test
    void aFailedPayment_neverBecomesASuccess() {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);
        payment.fail(PaymentFailureReason.WRONG_PAYMENT_PASSWORD, CONFIRMED);

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> payment.succeed(TRANSACTION, RECONCILED))
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("payment.illegal-transition");
                    assertThat(refusal.arguments()).containsExactly(PaymentStatus.FAILED, PaymentStatus.SUCCEEDED);
                });
        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(payment.providerTransaction()).isEmpty();
    }

    // The timeline

    @Test
    void aNote_isAddedToTheTimelineWithoutChangingTheStatus() {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);

        payment.note(PaymentNote.WRONG_PAYMENT_PASSWORD, CONFIRMED);

        assertThat(payment.status()).isEqualTo(PaymentStatus.AWAITING_CONFIRMATION);
        assertThat(payment.timeline()).last().isEqualTo(PaymentEvent.noted(CONFIRMED, PaymentStatus.AWAITING_CONFIRMATION, PaymentNote.WRONG_PAYMENT_PASSWORD));
    }

    @Test
    void theTimeline_keepsEveryStepInOrderWithItsTime() {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);
        payment.outcomeUnknown(CONFIRMED);
        payment.succeed(TRANSACTION, RECONCILED);

        assertThat(payment.timeline()).containsExactly(
                PaymentEvent.moved(CREATED, PaymentStatus.CREATED),
                PaymentEvent.moved(SENT_TO_WALLET, PaymentStatus.AWAITING_CONFIRMATION),
                PaymentEvent.moved(CONFIRMED, PaymentStatus.UNKNOWN),
                PaymentEvent.moved(RECONCILED, PaymentStatus.SUCCEEDED));
    }

    @Test
    void aRefusedMove_leavesNoTraceInTheTimeline() {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);
        payment.cancel(CONFIRMED);

        assertThatExceptionOfType(DomainException.class).isThrownBy(() -> payment.succeed(TRANSACTION, RECONCILED));

        assertThat(payment.timeline()).extracting(PaymentEvent::status).containsExactly(
                PaymentStatus.CREATED, PaymentStatus.AWAITING_CONFIRMATION, PaymentStatus.CANCELLED);
    }

    @Test
    void theTimelineHandedOut_cannotBeUsedToChangeThePayment() {
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> payment.timeline()
                .add(PaymentEvent.moved(CONFIRMED, PaymentStatus.SUCCEEDED)));
        assertThat(payment.timeline()).hasSize(1);
    }

    // Closing, and reading the timeline

    @Test
    void aPaymentTheStoreClosesBeforeAnyoneConfirmedIt_endsWithoutACharge() {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);

        payment.close(RECONCILED);

        assertThat(payment.status()).isEqualTo(PaymentStatus.CLOSED);
        assertThat(payment.isSettled()).isTrue();
        assertThat(payment.providerTransaction()).isEmpty();
        assertThat(payment.timeline()).last().isEqualTo(PaymentEvent.moved(RECONCILED, PaymentStatus.CLOSED));
    }

    @Test
    void aChargedPayment_cannotBeClosed() {
        payment.succeed(TRANSACTION, CONFIRMED);

        assertThatExceptionOfType(DomainException.class).isThrownBy(() -> payment.close(RECONCILED));
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void theTimeline_tellsWhenThePaymentMovedAndHowOftenANoteCame() {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);
        payment.outcomeUnknown(CONFIRMED);
        payment.note(PaymentNote.RECONCILIATION_PENDING, RECONCILED);
        payment.note(PaymentNote.RECONCILIATION_PENDING, RECONCILED.plusSeconds(60));

        assertThat(payment.movedTo(PaymentStatus.UNKNOWN)).contains(CONFIRMED);
        assertThat(payment.movedTo(PaymentStatus.SUCCEEDED)).isEmpty();
        assertThat(payment.timesNoted(PaymentNote.RECONCILIATION_PENDING))
                .containsExactly(RECONCILED, RECONCILED.plusSeconds(60));
    }

    @Test
    void aMoveToFailed_namesItsReason_andNoOtherMoveDoes() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PaymentEvent.Moved(CREATED, PaymentStatus.FAILED,
                Optional.empty()));
        assertThatIllegalArgumentException().isThrownBy(() -> new PaymentEvent.Moved(CREATED,
                PaymentStatus.SUCCEEDED, Optional.of(PaymentFailureReason.DECLINED)));
    }

    // The wallet unbound while the payment waited

    @Test
    void aWaitingPaymentWhoseWalletIsUnbound_isNotedSoOnce() {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);

        payment.withdraw(Withdrawal.WALLET_UNBOUND, CONFIRMED);
        payment.withdraw(Withdrawal.WALLET_UNBOUND, RECONCILED);

        assertThat(payment.isWithdrawn()).isTrue();
        assertThat(payment.timesNoted(PaymentNote.WALLET_UNBOUND)).containsExactly(CONFIRMED);
        assertThat(payment.status()).isEqualTo(PaymentStatus.AWAITING_CONFIRMATION);
    }

    @Test
    void aPaymentThatHadItsOutcome_keepsIt_whenItsWalletIsUnboundAfterwards() {
        payment.succeed(TRANSACTION, CONFIRMED);

        payment.withdraw(Withdrawal.WALLET_UNBOUND, RECONCILED);

        assertThat(payment.isWithdrawn()).isFalse();
        assertThat(payment.timeline()).hasSize(2);
    }

    // The provider did not answer the store in time

    @Test
    void aPaymentTheProviderDidNotAnswerFor_isClosedWhenFoundWaiting_andFailsAsTimedOutOnceClosed() {
        payment.outcomeUnknown(SENT_TO_WALLET);

        assertThat(payment.closesWhenFoundWaiting()).isTrue();
        payment.closedAtProvider(RECONCILED);

        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(payment.failureReason()).contains(PaymentFailureReason.PROVIDER_TIMED_OUT);
    }

    @Test
    void aPaymentWaitingInTheWalletApp_isLeftToItsCustomer_andIsClosedWhenTheStoreClosesIt() {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);

        assertThat(payment.closesWhenFoundWaiting()).isFalse();
        payment.closedAtProvider(RECONCILED);

        assertThat(payment.status()).isEqualTo(PaymentStatus.CLOSED);
        assertThat(payment.failureReason()).isEmpty();
    }

    @Test
    void aPaymentTheProviderDidNotAnswerFor_whoseWalletWasUnbound_isClosedAsSuch() {
        payment.outcomeUnknown(SENT_TO_WALLET);
        payment.withdraw(Withdrawal.WALLET_UNBOUND, CONFIRMED);

        payment.closedAtProvider(RECONCILED);

        assertThat(payment.status()).isEqualTo(PaymentStatus.CLOSED);
        assertThat(payment.isWithdrawn()).isTrue();
    }

    @Test
    void aPaymentTakenBackTwice_keepsTheFirstReason() {
        payment.awaitConfirmation(WALLET_PAGE, SENT_TO_WALLET);

        payment.withdraw(Withdrawal.ACCOUNT_FROZEN, CONFIRMED);
        payment.withdraw(Withdrawal.WALLET_UNBOUND, RECONCILED);

        assertThat(payment.withdrawal()).contains(Withdrawal.ACCOUNT_FROZEN);
        assertThat(payment.timesNoted(PaymentNote.WALLET_UNBOUND)).isEmpty();
        assertThat(payment.closesWhenFoundWaiting()).isTrue();
    }
}
