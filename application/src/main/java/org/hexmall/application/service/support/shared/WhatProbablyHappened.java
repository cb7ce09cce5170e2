package org.hexmall.application.service.support.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.support.BindingRecord;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.GuidedAnswer;
import org.hexmall.application.port.in.support.HelpTopic;
import org.hexmall.domain.account.AccountStatus;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Reads what probably made the customer call from what the console already knows of them: what stops the account now
 * first (frozen, login locked), then what happened to it lately, newest first: a hold by the risk rules this week, how
 * their latest payment ended, and the trouble their latest binding ran into, whether it ended the binding or the
 * binding still waits at the step where it happened; then whether they have a wallet to pay with at all. A plain
 * function of those facts, so that each case is tested alone.
 */
public final class WhatProbablyHappened {

    /** A risk hold older than this is history, not the reason for today's call. */
    static final Duration RECENT_RISK_HOLD = Duration.ofDays(7);

    private WhatProbablyHappened() {
    }

    /**
     * The answers that fit, most pressing first; empty when nothing went wrong lately.
     *
     * @param status         the account's status
     * @param loginLockedUntil when the customer's login lock ends, if they are locked out now
     * @param bindings       every binding, newest first
     * @param payments       every payment attempt, newest first
     * @param securityEvents the latest security events, newest first
     */
    public static List<GuidedAnswer> of(AccountStatus status, Optional<Instant> loginLockedUntil,
                                        List<BindingRecord> bindings, List<PaymentView> payments,
                                        List<SecurityEvent> securityEvents, Instant now) {
        List<GuidedAnswer> answers = new ArrayList<>();
        if (status == AccountStatus.FROZEN) {
            answers.add(GuidedAnswer.about(HelpTopic.ACCOUNT_FROZEN, latest(securityEvents,
                    SecurityEventKind.ACCOUNT_FROZEN)).fixedBy(ConsoleAction.UNFREEZE_ACCOUNT));
        }
        loginLockedUntil.ifPresent(until -> answers.add(GuidedAnswer.about(HelpTopic.LOGIN_LOCKED,
                latest(securityEvents, SecurityEventKind.LOGIN_LOCKED)).until(until)
                .fixedBy(ConsoleAction.CLEAR_LOGIN_LOCK)));
        List<GuidedAnswer> lately = new ArrayList<>();
        latest(securityEvents, SecurityEventKind.RISK_HOLD)
                .filter(at -> at.isAfter(now.minus(RECENT_RISK_HOLD)))
                .ifPresent(at -> lately.add(GuidedAnswer.about(HelpTopic.RISK_HOLD, Optional.of(at))));
        Optional<GuidedAnswer> payment = payments.stream().findFirst()
                .flatMap(latest -> aboutPayment(latest, bindings));
        payment.ifPresent(lately::add);
        Optional<GuidedAnswer> binding = bindings.stream().findFirst().flatMap(WhatProbablyHappened::aboutBinding);
        binding.ifPresent(lately::add);
        // Whatever happened last is most likely why the customer calls: a binding that ran into trouble after a hold
        // or a failed payment got past those already.
        lately.sort(Comparator.comparing((GuidedAnswer answer) -> answer.at().orElse(Instant.MIN)).reversed());
        answers.addAll(lately);
        boolean notBoundSaidAlready = binding.isPresent()
                || payment.filter(said -> said.topic() == HelpTopic.WALLET_NOT_BOUND).isPresent();
        if (bindings.stream().noneMatch(BindingRecord::isActive) && !notBoundSaidAlready) {
            answers.add(GuidedAnswer.about(HelpTopic.WALLET_NOT_BOUND, bindings.stream()
                    .filter(ended -> ended.status() != BindingStatus.FAILED)
                    .flatMap(ended -> ended.history().stream())
                    .filter(event -> event.status() == BindingStatus.UNBOUND || event.status() == BindingStatus.REVOKED)
                    .map(event -> event.at())
                    .max(Comparator.naturalOrder())));
        }
        return List.copyOf(answers);
    }

    private static Optional<GuidedAnswer> aboutPayment(PaymentView payment, List<BindingRecord> bindings) {
        Optional<HelpTopic> topic;
        if (payment.status() == PaymentStatus.FAILED) {
            topic = payment.failureReason().map(WhatProbablyHappened::topicOf);
        } else if (payment.isBeingConfirmed() || payment.status() == PaymentStatus.AWAITING_CONFIRMATION) {
            topic = Optional.of(HelpTopic.PAYMENT_CONFIRMING);
        } else {
            topic = Optional.empty();
        }
        Instant at = payment.timeline().isEmpty() ? payment.createdAt()
                : payment.timeline().get(payment.timeline().size() - 1).at();
        return topic.map(fits -> {
            GuidedAnswer about = GuidedAnswer.about(fits, Optional.of(at))
                    .forOrder(payment.orderNumber(), payment.amount());
            // A payment-password lock ends when the wallet said it would, not when it refused the payment.
            GuidedAnswer answer = fits == HelpTopic.PAYMENT_PASSWORD_LOCKED
                    ? payment.passwordLockedUntil().map(about::until).orElse(about) : about;
            return walletOf(payment.provider(), bindings).map(answer::at).orElse(answer);
        });
    }

    /** The trouble the binding ran into, at the step it happened, whether it ended the binding or not. */
    private static Optional<GuidedAnswer> aboutBinding(BindingRecord binding) {
        return binding.latestTrouble().map(trouble -> {
            GuidedAnswer answer = GuidedAnswer.about(topicOf(trouble.reason()), Optional.of(trouble.at()))
                    .at(new GuidedAnswer.Wallet(binding.provider(), binding.maskedAccount()));
            // Trouble happens at a step of setting the binding up: the code, or the wallet app.
            if (!trouble.step().isPending()) {
                return answer;
            }
            return trouble.stillOpen() ? answer.stillWaitingAt(trouble.step()) : answer.atStep(trouble.step());
        });
    }

    /** The wallet a payment used: the customer's binding of that provider, the active one if there is one. */
    private static Optional<GuidedAnswer.Wallet> walletOf(WalletProvider provider, List<BindingRecord> bindings) {
        return bindings.stream()
                .filter(binding -> binding.provider() == provider)
                .min(Comparator.comparing(binding -> !binding.isActive()))
                .map(binding -> new GuidedAnswer.Wallet(provider, binding.maskedAccount()));
    }

    private static Optional<Instant> latest(List<SecurityEvent> events, SecurityEventKind kind) {
        return events.stream().filter(event -> event.kind() == kind).map(SecurityEvent::at)
                .max(Comparator.naturalOrder());
    }

    static HelpTopic topicOf(PaymentFailureReason reason) {
        return switch (reason) {
            case INSUFFICIENT_BALANCE -> HelpTopic.INSUFFICIENT_BALANCE;
            case WRONG_PAYMENT_PASSWORD -> HelpTopic.WRONG_PAYMENT_PASSWORD;
            case PAYMENT_PASSWORD_LOCKED -> HelpTopic.PAYMENT_PASSWORD_LOCKED;
            case WALLET_NOT_BOUND -> HelpTopic.WALLET_NOT_BOUND;
            case PROVIDER_UNAVAILABLE, PROVIDER_TIMED_OUT -> HelpTopic.PROVIDER_DOWN;
            case DECLINED -> HelpTopic.PAYMENT_DECLINED;
        };
    }

    static HelpTopic topicOf(BindingFailureReason reason) {
        return switch (reason) {
            case CODE_EXHAUSTED -> HelpTopic.BINDING_CODE_EXHAUSTED;
            case ACCOUNT_NOT_FOUND -> HelpTopic.BINDING_INPUT_MISTAKE;
            case REJECTED_IN_WALLET -> HelpTopic.BINDING_REJECTED_IN_WALLET;
            case PROVIDER_UNAVAILABLE -> HelpTopic.BINDING_NETWORK_TROUBLE;
            case STORE_ERROR -> HelpTopic.BINDING_STORE_ERROR;
            case ACCOUNT_SECURITY -> HelpTopic.BINDING_SECURITY_SETTINGS;
        };
    }
}
