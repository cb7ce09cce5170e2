package org.hexmall.application.port.in.support;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The console dashboard's figures over {@link #days()}, ready to draw and to tabulate: each chart and the table behind
 * it render from the same record.
 *
 * @param days            the days counted, first to last, in the store's time zone
 * @param wallets         the wallets the payment figures are shown for, in a fixed order
 * @param paymentsPerDay  one entry per day, first to last, zeros included
 * @param successRates    one entry per wallet of {@link #wallets()}
 * @param failureReasons  every failure reason, the most frequent first
 * @param bindingFunnels  the providers whose bindings were started within the days
 * @param refundsPerDay   one entry per day, first to last, zeros included
 * @param openAlerts      the rules that fired on open alerts, the most frequent first
 * @param queues          every queue of work waiting for a person, in a fixed order, empty ones included
 */
public record Dashboard(List<LocalDate> days, List<WalletProvider> wallets, List<DayOfPayments> paymentsPerDay,
                        List<WalletSuccess> successRates, List<ReasonCount> failureReasons,
                        List<BindingFunnel> bindingFunnels, List<DayOfRefunds> refundsPerDay,
                        List<RuleCount> openAlerts, List<QueueWaiting> queues) {

    public Dashboard {
        days = List.copyOf(days);
        wallets = List.copyOf(wallets);
        paymentsPerDay = List.copyOf(paymentsPerDay);
        successRates = List.copyOf(successRates);
        failureReasons = List.copyOf(failureReasons);
        bindingFunnels = List.copyOf(bindingFunnels);
        refundsPerDay = List.copyOf(refundsPerDay);
        openAlerts = List.copyOf(openAlerts);
        queues = List.copyOf(queues);
    }

    /** The console's queues of work that waits for a person, each with its own page. */
    public enum Queue {
        /** Refunds waiting for a supervisor other than the agent who asked. */
        REFUND_APPROVALS,
        /** Customers' refund requests (售后) waiting for an agent. */
        AFTER_SALES_REQUESTS,
        /** Compensation above an agent's daily limit waiting for a supervisor. */
        COMPENSATION_APPROVALS
    }

    /** How many wait in a queue, and how long the longest of them has waited (empty when none does). */
    public record QueueWaiting(Queue queue, long count, Optional<Duration> longestWait) {

        public QueueWaiting {
            Objects.requireNonNull(queue, "queue");
            Objects.requireNonNull(longestWait, "longestWait");
        }

        /** The longest wait in whole hours, for the page: "waiting 3 h". */
        public long longestWaitHours() {
            return longestWait.map(Duration::toHours).orElse(0L);
        }
    }

    /** The payments created on a day, per wallet (every wallet of the dashboard, zeros included). */
    public record DayOfPayments(LocalDate day, Map<WalletProvider, Long> perWallet) {

        public DayOfPayments {
            Objects.requireNonNull(day, "day");
            perWallet = Map.copyOf(perWallet);
        }

        public long of(WalletProvider wallet) {
            return perWallet.getOrDefault(wallet, 0L);
        }

        public long total() {
            return perWallet.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * How many of a wallet's payments that have finished succeeded. Payments still being confirmed are not counted:
     * they have not succeeded or failed yet.
     *
     * @param finished succeeded, failed, cancelled in the wallet app or closed unconfirmed
     */
    public record WalletSuccess(WalletProvider wallet, long succeeded, long finished) {

        public WalletSuccess {
            Objects.requireNonNull(wallet, "wallet");
            if (succeeded < 0 || succeeded > finished) {
                throw new IllegalArgumentException(succeeded + " of " + finished + " cannot have succeeded");
            }
        }

        /** The share that succeeded in tenths of a percent, rounded half up; empty when none has finished. */
        public Optional<Long> perMille() {
            return finished == 0 ? Optional.empty() : Optional.of((succeeded * 1000 + finished / 2) / finished);
        }
    }

    public record ReasonCount(PaymentFailureReason reason, long count) {

        public ReasonCount {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * How far the bindings of one provider started within the days got; each step counts the bindings that reached
     * it: started (a code was sent), the code confirmed, approved in the wallet app, and still bound now.
     */
    public record BindingFunnel(WalletProvider provider, long started, long codeConfirmed, long approved,
                                long bound) {

        public BindingFunnel {
            Objects.requireNonNull(provider, "provider");
        }

        /** The steps' counts in funnel order. */
        public List<Long> steps() {
            return List.of(started, codeConfirmed, approved, bound);
        }
    }

    public record DayOfRefunds(LocalDate day, long count, Money amount) {

        public DayOfRefunds {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(amount, "amount");
        }
    }

    public record RuleCount(RiskRule rule, long count) {

        public RuleCount {
            Objects.requireNonNull(rule, "rule");
        }
    }
}
