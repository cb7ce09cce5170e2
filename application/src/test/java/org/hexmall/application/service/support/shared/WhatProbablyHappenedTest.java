package org.hexmall.application.service.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.support.BindingRecord;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.GuidedAnswer;
import org.hexmall.application.port.in.support.HelpTopic;
import org.hexmall.domain.account.AccountStatus;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingEvent;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

class WhatProbablyHappenedTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final CustomerId HAN_MEIMEI = new CustomerId(UUID.randomUUID());
    private static final OrderNumber ORDER = OrderNumber.generate(java.time.LocalDate.of(2026, 12, 6),
            new SplittableRandom(7));
    private static final BindingRecord ALIPAY_BOUND = binding(WalletProvider.ALIPAY, "138****0002",
            BindingStatus.ACTIVE, Optional.empty(), minutes(-60));

    @Test
    void aPaymentDeclinedForItsBalance_isAnsweredWithTheWalletTheOrderAndWhen() {
        List<GuidedAnswer> answers = answersFor(AccountStatus.ACTIVE, Optional.empty(), List.of(ALIPAY_BOUND),
                List.of(failedPayment(PaymentFailureReason.INSUFFICIENT_BALANCE, minutes(-5))), List.of());

        assertThat(answers).containsExactly(GuidedAnswer.about(HelpTopic.INSUFFICIENT_BALANCE,
                        Optional.of(minutes(-5)))
                .forOrder(ORDER, Money.ofYuan(89, 0))
                .at(new GuidedAnswer.Wallet(WalletProvider.ALIPAY, "138****0002")));
    }

    @Test
    void eachWayAPaymentFails_hasItsOwnAnswer() {
        for (var reasonAndTopic : List.of(
                new Object[] {PaymentFailureReason.WRONG_PAYMENT_PASSWORD, HelpTopic.WRONG_PAYMENT_PASSWORD},
                new Object[] {PaymentFailureReason.PAYMENT_PASSWORD_LOCKED, HelpTopic.PAYMENT_PASSWORD_LOCKED},
                new Object[] {PaymentFailureReason.WALLET_NOT_BOUND, HelpTopic.WALLET_NOT_BOUND},
                new Object[] {PaymentFailureReason.PROVIDER_UNAVAILABLE, HelpTopic.PROVIDER_DOWN},
                new Object[] {PaymentFailureReason.DECLINED, HelpTopic.PAYMENT_DECLINED})) {
            List<GuidedAnswer> answers = answersFor(AccountStatus.ACTIVE, Optional.empty(), List.of(ALIPAY_BOUND),
                    List.of(failedPayment((PaymentFailureReason) reasonAndTopic[0], minutes(-5))), List.of());

            assertThat(answers).extracting(GuidedAnswer::topic).containsExactly((HelpTopic) reasonAndTopic[1]);
        }
    }

    @Test
    void onlyTheLatestPaymentCounts_soAFailureThatWasPaidAfterwardsSaysNothing() {
        List<GuidedAnswer> answers = answersFor(AccountStatus.ACTIVE, Optional.empty(), List.of(ALIPAY_BOUND),
                List.of(payment(PaymentStatus.SUCCEEDED, Optional.empty(), minutes(-2)),
                        failedPayment(PaymentFailureReason.INSUFFICIENT_BALANCE, minutes(-5))), List.of());

        assertThat(answers).isEmpty();
    }

    @Test
    void aPaymentTheStoreIsStillConfirming_saysSo() {
        for (PaymentStatus confirming : List.of(PaymentStatus.CREATED, PaymentStatus.UNKNOWN,
                PaymentStatus.AWAITING_CONFIRMATION)) {
            List<GuidedAnswer> answers = answersFor(AccountStatus.ACTIVE, Optional.empty(), List.of(ALIPAY_BOUND),
                    List.of(payment(confirming, Optional.empty(), minutes(-1))), List.of());

            assertThat(answers).extracting(GuidedAnswer::topic).containsExactly(HelpTopic.PAYMENT_CONFIRMING);
        }
    }

    @Test
    void aLockedLogin_saysUntilWhenAndOffersToClearIt() {
        Instant until = minutes(10);
        List<SecurityEvent> events = List.of(event(SecurityEventKind.LOGIN_LOCKED, minutes(-5)));

        List<GuidedAnswer> answers = answersFor(AccountStatus.ACTIVE, Optional.of(until), List.of(ALIPAY_BOUND),
                List.of(), events);

        assertThat(answers).containsExactly(GuidedAnswer.about(HelpTopic.LOGIN_LOCKED, Optional.of(minutes(-5)))
                .until(until).fixedBy(ConsoleAction.CLEAR_LOGIN_LOCK));
    }

    @Test
    void aFrozenAccount_comesFirstAndOffersToUnfreezeIt() {
        List<GuidedAnswer> answers = answersFor(AccountStatus.FROZEN, Optional.of(minutes(10)),
                List.of(ALIPAY_BOUND), List.of(), List.of(event(SecurityEventKind.ACCOUNT_FROZEN, minutes(-30))));

        assertThat(answers).extracting(GuidedAnswer::topic)
                .containsExactly(HelpTopic.ACCOUNT_FROZEN, HelpTopic.LOGIN_LOCKED);
        assertThat(answers.get(0).action()).contains(ConsoleAction.UNFREEZE_ACCOUNT);
        assertThat(answers.get(0).at()).contains(minutes(-30));
    }

    @Test
    void aRiskHoldThisWeek_isSaid_butNotOneOlderThanAWeek() {
        assertThat(answersFor(AccountStatus.ACTIVE, Optional.empty(), List.of(ALIPAY_BOUND), List.of(),
                List.of(event(SecurityEventKind.RISK_HOLD, NOW.minus(Duration.ofDays(6))))))
                .extracting(GuidedAnswer::topic).containsExactly(HelpTopic.RISK_HOLD);
        assertThat(answersFor(AccountStatus.ACTIVE, Optional.empty(), List.of(ALIPAY_BOUND), List.of(),
                List.of(event(SecurityEventKind.RISK_HOLD, NOW.minus(Duration.ofDays(8)))))).isEmpty();
    }

    @Test
    void aBindingThatFailed_saysAtWhichStepAndWhy() {
        BindingRecord rejected = binding(WalletProvider.WECHAT_PAY, "139****0003", BindingStatus.FAILED,
                Optional.of(BindingFailureReason.REJECTED_IN_WALLET), minutes(-3));

        List<GuidedAnswer> answers = answersFor(AccountStatus.ACTIVE, Optional.empty(), List.of(rejected),
                List.of(), List.of());

        assertThat(answers).containsExactly(GuidedAnswer.about(HelpTopic.BINDING_REJECTED_IN_WALLET,
                        Optional.of(minutes(-3)))
                .at(new GuidedAnswer.Wallet(WalletProvider.WECHAT_PAY, "139****0003"))
                .atStep(BindingStatus.AWAITING_AUTHORIZATION));
    }

    @Test
    void eachWayABindingFails_hasItsOwnAnswer() {
        for (var reasonAndTopic : List.of(
                new Object[] {BindingFailureReason.CODE_EXHAUSTED, HelpTopic.BINDING_CODE_EXHAUSTED},
                new Object[] {BindingFailureReason.ACCOUNT_NOT_FOUND, HelpTopic.BINDING_INPUT_MISTAKE},
                new Object[] {BindingFailureReason.PROVIDER_UNAVAILABLE, HelpTopic.BINDING_NETWORK_TROUBLE},
                new Object[] {BindingFailureReason.STORE_ERROR, HelpTopic.BINDING_STORE_ERROR},
                new Object[] {BindingFailureReason.ACCOUNT_SECURITY, HelpTopic.BINDING_SECURITY_SETTINGS})) {
            BindingRecord failed = binding(WalletProvider.ALIPAY, "138****0002", BindingStatus.FAILED,
                    Optional.of((BindingFailureReason) reasonAndTopic[0]), minutes(-3));

            assertThat(answersFor(AccountStatus.ACTIVE, Optional.empty(), List.of(failed), List.of(), List.of()))
                    .extracting(GuidedAnswer::topic).containsExactly((HelpTopic) reasonAndTopic[1]);
        }
    }

    @Test
    void aBindingStillWaitingAfterTrouble_isAnsweredWithItsTrouble_andNoWalletBoundIsNotSaid() {
        BindingRecord exhausted = waiting(BindingStatus.CODE_SENT, BindingFailureReason.CODE_EXHAUSTED, minutes(-2));

        List<GuidedAnswer> answers = answersFor(AccountStatus.ACTIVE, Optional.empty(), List.of(exhausted),
                List.of(), List.of());

        assertThat(answers).containsExactly(GuidedAnswer.about(HelpTopic.BINDING_CODE_EXHAUSTED,
                        Optional.of(minutes(-2)))
                .at(new GuidedAnswer.Wallet(WalletProvider.ALIPAY, "138****0002"))
                .stillWaitingAt(BindingStatus.CODE_SENT));
    }

    @Test
    void aBindingThatGotPastItsTrouble_saysNothingOfIt() {
        BindingRecord exhausted = waiting(BindingStatus.CODE_SENT, BindingFailureReason.CODE_EXHAUSTED, minutes(-2));
        List<BindingEvent> history = new ArrayList<>(exhausted.history());
        history.add(new BindingEvent(minutes(-1), BindingStatus.AWAITING_AUTHORIZATION, Optional.empty()));
        BindingRecord movedOn = new BindingRecord(exhausted.id(), exhausted.provider(), exhausted.maskedAccount(),
                BindingStatus.AWAITING_AUTHORIZATION, false, exhausted.startedAt(), Optional.empty(),
                Optional.empty(), Optional.empty(), history);

        assertThat(answersFor(AccountStatus.ACTIVE, Optional.empty(), List.of(movedOn, ALIPAY_BOUND), List.of(),
                List.of())).isEmpty();
    }

    @Test
    void aBindingThatExpiredAfterTrouble_isAnsweredWithTheTroubleAtItsStep() {
        Instant started = minutes(-20);
        BindingRecord expired = new BindingRecord(new BindingId(UUID.randomUUID()), WalletProvider.ALIPAY,
                "138****0002", BindingStatus.EXPIRED, false, started,
                Optional.of(BindingFailureReason.PROVIDER_UNAVAILABLE),
                Optional.of(BindingStatus.AWAITING_AUTHORIZATION), Optional.empty(), List.of(
                new BindingEvent(started, BindingStatus.CODE_SENT, Optional.empty()),
                new BindingEvent(minutes(-19), BindingStatus.AWAITING_AUTHORIZATION, Optional.empty()),
                new BindingEvent(minutes(-18), BindingStatus.AWAITING_AUTHORIZATION,
                        Optional.of("PROVIDER_UNAVAILABLE")),
                new BindingEvent(minutes(-5), BindingStatus.EXPIRED, Optional.of("PROVIDER_UNAVAILABLE"))));

        assertThat(answersFor(AccountStatus.ACTIVE, Optional.empty(), List.of(expired, ALIPAY_BOUND), List.of(),
                List.of())).containsExactly(GuidedAnswer.about(HelpTopic.BINDING_NETWORK_TROUBLE,
                        Optional.of(minutes(-5)))
                .at(new GuidedAnswer.Wallet(WalletProvider.ALIPAY, "138****0002"))
                .atStep(BindingStatus.AWAITING_AUTHORIZATION));
    }

    @Test
    void aBindingsLatestTrouble_leadsAnOlderPaymentProblemAndAnOlderHold() {
        BindingRecord unreachable = waiting(BindingStatus.AWAITING_AUTHORIZATION,
                BindingFailureReason.PROVIDER_UNAVAILABLE, minutes(-10));
        List<SecurityEvent> held = List.of(event(SecurityEventKind.RISK_HOLD, NOW.minus(Duration.ofDays(2))));

        assertThat(answersFor(AccountStatus.ACTIVE, Optional.empty(), List.of(unreachable, ALIPAY_BOUND),
                List.of(failedPayment(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED, minutes(-60))), held))
                .extracting(GuidedAnswer::topic).containsExactly(HelpTopic.BINDING_NETWORK_TROUBLE,
                        HelpTopic.PAYMENT_PASSWORD_LOCKED, HelpTopic.RISK_HOLD);
    }

    @Test
    void whatHappenedLately_isSaidNewestFirst_afterWhatStopsTheAccountNow() {
        BindingRecord unreachable = waiting(BindingStatus.AWAITING_AUTHORIZATION,
                BindingFailureReason.PROVIDER_UNAVAILABLE, minutes(-10));

        assertThat(answersFor(AccountStatus.ACTIVE, Optional.of(minutes(10)), List.of(unreachable, ALIPAY_BOUND),
                List.of(failedPayment(PaymentFailureReason.INSUFFICIENT_BALANCE, minutes(-5))),
                List.of(event(SecurityEventKind.RISK_HOLD, minutes(-30)), event(SecurityEventKind.LOGIN_LOCKED,
                        minutes(-50)))))
                .extracting(GuidedAnswer::topic).containsExactly(HelpTopic.LOGIN_LOCKED,
                        HelpTopic.INSUFFICIENT_BALANCE, HelpTopic.BINDING_NETWORK_TROUBLE, HelpTopic.RISK_HOLD);
    }

    @Test
    void aCustomerWithNoWalletBound_isToldSo_onceOnly() {
        assertThat(answersFor(AccountStatus.ACTIVE, Optional.empty(), List.of(), List.of(), List.of()))
                .containsExactly(GuidedAnswer.about(HelpTopic.WALLET_NOT_BOUND, Optional.empty()));
        assertThat(answersFor(AccountStatus.ACTIVE, Optional.empty(), List.of(), List.of(
                failedPayment(PaymentFailureReason.WALLET_NOT_BOUND, minutes(-1))), List.of()))
                .extracting(GuidedAnswer::topic).containsExactly(HelpTopic.WALLET_NOT_BOUND);
    }

    @Test
    void aCustomerWhoseLatestPaymentWentThroughAndWhoseWalletIsBound_needsNoGuess() {
        assertThat(answersFor(AccountStatus.ACTIVE, Optional.empty(), List.of(ALIPAY_BOUND),
                List.of(payment(PaymentStatus.SUCCEEDED, Optional.empty(), minutes(-2))), List.of())).isEmpty();
    }

    private static List<GuidedAnswer> answersFor(AccountStatus status, Optional<Instant> lockedUntil,
                                                 List<BindingRecord> bindings, List<PaymentView> payments,
                                                 List<SecurityEvent> events) {
        return WhatProbablyHappened.of(status, lockedUntil, bindings, payments, events, NOW);
    }

    private static PaymentView failedPayment(PaymentFailureReason reason, Instant at) {
        return payment(PaymentStatus.FAILED, Optional.of(reason), at);
    }

    private static PaymentView payment(PaymentStatus status, Optional<PaymentFailureReason> reason, Instant at) {
        PaymentEvent last = status == PaymentStatus.FAILED ? PaymentEvent.failed(at, reason.orElseThrow())
                : PaymentEvent.moved(at, status);
        return new PaymentView(new PaymentId(UUID.randomUUID()), new OrderId(UUID.randomUUID()), ORDER,
                WalletProvider.ALIPAY, Money.ofYuan(89, 0), status, reason, at.minusSeconds(30), Optional.empty(),
                List.of(), false, List.of(PaymentEvent.moved(at.minusSeconds(30), PaymentStatus.CREATED), last),
                Optional.empty());
    }

    private static BindingRecord binding(WalletProvider provider, String masked, BindingStatus status,
                                         Optional<BindingFailureReason> reason, Instant at) {
        Instant started = at.minusSeconds(60);
        List<BindingEvent> history = status == BindingStatus.FAILED
                ? List.of(new BindingEvent(started, BindingStatus.CODE_SENT, Optional.empty()),
                        new BindingEvent(at.minusSeconds(30), BindingStatus.AWAITING_AUTHORIZATION, Optional.empty()),
                        new BindingEvent(at, BindingStatus.FAILED, reason.map(Enum::name)))
                : List.of(new BindingEvent(started, BindingStatus.CODE_SENT, Optional.empty()),
                        new BindingEvent(at, status, Optional.empty()));
        Optional<BindingStatus> failedAt = status == BindingStatus.FAILED
                ? Optional.of(BindingStatus.AWAITING_AUTHORIZATION) : Optional.empty();
        return new BindingRecord(new BindingId(UUID.randomUUID()), provider, masked, status, status.equals(
                BindingStatus.ACTIVE), started, reason, failedAt, Optional.empty(), history);
    }

    /** An Alipay binding started a minute before {@code at}, still waiting at {@code step}, where trouble was noted. */
    private static BindingRecord waiting(BindingStatus step, BindingFailureReason trouble, Instant at) {
        Instant started = at.minusSeconds(60);
        List<BindingEvent> history = new ArrayList<>(List.of(
                new BindingEvent(started, BindingStatus.CODE_SENT, Optional.empty())));
        if (step == BindingStatus.AWAITING_AUTHORIZATION) {
            history.add(new BindingEvent(at.minusSeconds(30), step, Optional.empty()));
        }
        history.add(new BindingEvent(at, step, Optional.of(trouble.name())));
        return new BindingRecord(new BindingId(UUID.randomUUID()), WalletProvider.ALIPAY, "138****0002", step, false,
                started, Optional.empty(), Optional.empty(), Optional.empty(), history);
    }

    private static SecurityEvent event(SecurityEventKind kind, Instant at) {
        return new SecurityEvent(HAN_MEIMEI, at, kind, SecurityEvent.Source.SYSTEM, "", "");
    }

    private static Instant minutes(long offset) {
        return NOW.plus(Duration.ofMinutes(offset));
    }
}
