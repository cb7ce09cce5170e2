package org.hexmall.application.port.in.support;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * What probably happened to the customer who is calling, with the facts an agent needs to say it: which answer of
 * the guides fits, when it happened, at which wallet, until when, and the console action that fixes it, if one does.
 *
 * @param at          when it happened (the failure, the lock, the hold), when the console knows it
 * @param wallet      the wallet it happened at, with its account masked ("138****0002")
 * @param until       when a lock ends by itself
 * @param step        for a binding that failed: the step it failed at; for one that ran into trouble and has not
 *                    ended, the step it still waits at
 * @param order       for a payment: the order it was for, and its amount
 * @param action      the console action on the customer's page that fixes it
 * @param stillWaiting the binding has not ended: the customer can go on from {@code step} without starting again
 */
public record GuidedAnswer(HelpTopic topic, Optional<Instant> at, Optional<Wallet> wallet, Optional<Instant> until,
                           Optional<BindingStatus> step, Optional<OrderPayment> order,
                           Optional<ConsoleAction> action, boolean stillWaiting) {

    /** A wallet as the agent reads it out: provider and masked account. */
    public record Wallet(WalletProvider provider, String maskedAccount) {
        public Wallet {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(maskedAccount, "maskedAccount");
        }
    }

    /** The order a payment was for and what it was to charge. */
    public record OrderPayment(OrderNumber number, Money amount) {
        public OrderPayment {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(amount, "amount");
        }
    }

    public GuidedAnswer {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(action, "action");
    }

    /** An answer about the account itself, at no wallet. */
    public static GuidedAnswer about(HelpTopic topic, Optional<Instant> at) {
        return new GuidedAnswer(topic, at, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false);
    }

    public GuidedAnswer at(Wallet wallet) {
        return new GuidedAnswer(topic, at, Optional.of(wallet), until, step, order, action, stillWaiting);
    }

    public GuidedAnswer until(Instant end) {
        return new GuidedAnswer(topic, at, wallet, Optional.of(end), step, order, action, stillWaiting);
    }

    public GuidedAnswer atStep(BindingStatus failedAt) {
        return new GuidedAnswer(topic, at, wallet, until, Optional.of(failedAt), order, action, false);
    }

    /** For a binding that ran into trouble at {@code step} and still waits there. */
    public GuidedAnswer stillWaitingAt(BindingStatus step) {
        return new GuidedAnswer(topic, at, wallet, until, Optional.of(step), order, action, true);
    }

    public GuidedAnswer forOrder(OrderNumber number, Money amount) {
        return new GuidedAnswer(topic, at, wallet, until, step, Optional.of(new OrderPayment(number, amount)), action,
                stillWaiting);
    }

    public GuidedAnswer fixedBy(ConsoleAction fix) {
        return new GuidedAnswer(topic, at, wallet, until, step, order, Optional.of(fix), stillWaiting);
    }
}
