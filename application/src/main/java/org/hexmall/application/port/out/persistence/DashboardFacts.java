package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The console dashboard's figures: counts over the latest days of payments, bindings and refunds, and of the open
 * risk alerts, each an aggregate read through an index on the time (or the open flag) it counts by, never a list of
 * rows. Read-only.
 */
public interface DashboardFacts {

    /** The payments created within the days, counted by day, wallet, status and failure reason. */
    List<PaymentCount> payments(Days days);

    /** The bindings started within the days, per wallet provider, counted by how far each got. */
    List<BindingFunnel> bindingFunnels(Days days);

    /** The refunds made within the days, counted and summed by day. */
    List<RefundCount> refunds(Days days);

    /** The open risk alerts counted by each rule that fired on them: an alert on which two rules fired counts twice. */
    Map<RiskRule, Long> openAlertsByRule();

    /** How much waits in each of the console's queues, and since when the longest of it has waited; every queue. */
    Map<Queue, Waiting> waiting();

    /** The console's queues of work that waits for a person. */
    enum Queue {
        /** Refunds above the approval thresholds, waiting for a supervisor other than the agent who asked. */
        REFUND_APPROVALS,
        /** Customers' refund requests (售后), waiting for an agent to take or decline them. */
        AFTER_SALES_REQUESTS,
        /** Compensation above an agent's daily limit, waiting for a supervisor. */
        COMPENSATION_APPROVALS
    }

    /** How many wait in a queue, and since when the longest of them has waited (empty when none does). */
    record Waiting(long count, Optional<Instant> oldestSince) {

        public static final Waiting NONE = new Waiting(0, Optional.empty());

        public Waiting {
            Objects.requireNonNull(oldestSince, "oldestSince");
            if (count < 0 || (count == 0) != oldestSince.isEmpty()) {
                throw new IllegalArgumentException("a queue of " + count + " waiting since " + oldestSince);
            }
        }
    }

    /**
     * Consecutive days of a time zone, the latest ending at the end of {@code last}: what the dashboard counts by. A
     * day starts at its zone's start of day, so a day of a daylight-saving change is 23 or 25 hours long.
     */
    record Days(LocalDate first, LocalDate last, ZoneId zone) {

        /** At most this many days, so that no query reads an unbounded stretch of history. */
        public static final int MOST = 92;

        public Days {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            Objects.requireNonNull(zone, "zone");
            if (last.isBefore(first) || first.plusDays(MOST).isBefore(last.plusDays(1))) {
                throw new IllegalArgumentException("between 1 and " + MOST + " days, not " + first + " to " + last);
            }
        }

        /** The {@code count} days up to and including the day {@code now} falls on in the zone. */
        public static Days endingAt(Instant now, ZoneId zone, int count) {
            LocalDate today = LocalDate.ofInstant(now, zone);
            return new Days(today.minusDays(count - 1L), today, zone);
        }

        /** The days, first to last. */
        public List<LocalDate> dates() {
            List<LocalDate> dates = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                dates.add(day);
            }
            return dates;
        }

        /** When the first day starts. */
        public Instant start() {
            return startOf(first);
        }

        /** When the last day ends: the start of the day after it. */
        public Instant end() {
            return startOf(last.plusDays(1));
        }

        public Instant startOf(LocalDate day) {
            return day.atStartOfDay(zone).toInstant();
        }

        /** The day an instant falls on, if it falls within the days. */
        public Optional<LocalDate> dayOf(Instant at) {
            if (at.isBefore(start()) || !at.isBefore(end())) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.ofInstant(at, zone));
        }
    }

    /** How many payments created on the day with the wallet are in the status (and, failed, for the reason). */
    record PaymentCount(LocalDate day, WalletProvider wallet, PaymentStatus status,
                        Optional<PaymentFailureReason> failureReason, long count) {

        public PaymentCount {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(wallet, "wallet");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(failureReason, "failureReason");
        }
    }

    /**
     * How far the bindings of one provider got: started (a code was sent), the code confirmed, approved in the wallet
     * app (the binding became active), and still bound now. Each step counts the bindings that reached it, so each is
     * at most the one before it.
     */
    record BindingFunnel(WalletProvider provider, long started, long codeConfirmed, long approved, long bound) {

        public BindingFunnel {
            Objects.requireNonNull(provider, "provider");
        }
    }

    /** The refunds made on the day and what they gave back together. */
    record RefundCount(LocalDate day, long count, Money amount) {

        public RefundCount {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
