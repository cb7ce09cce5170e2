package org.hexmall.application.service.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.ConsolePermissions;
import org.hexmall.application.port.in.support.Dashboard;
import org.hexmall.application.port.in.support.ViewDashboard;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.DashboardFacts;
import org.hexmall.application.port.out.persistence.DashboardFacts.Days;
import org.hexmall.application.port.out.persistence.DashboardFacts.PaymentCount;
import org.hexmall.application.port.out.persistence.DashboardFacts.RefundCount;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.wallet.WalletProvider;

/** Reads the dashboard's counts in one transaction and lays them out per day, per wallet and per reason. */
public final class ViewDashboardService implements ViewDashboard {

    /** What a payment that is no longer being confirmed ended as. */
    private static final Set<PaymentStatus> FINISHED = EnumSet.of(PaymentStatus.SUCCEEDED, PaymentStatus.FAILED,
            PaymentStatus.CANCELLED, PaymentStatus.CLOSED);

    private final Agents agents;
    private final DashboardFacts facts;
    private final TransactionRunner transactions;
    private final ZoneId storeZone;
    private final Clock clock;

    public ViewDashboardService(Agents agents, DashboardFacts facts, TransactionRunner transactions, ZoneId storeZone,
                                Clock clock) {
        this.agents = agents;
        this.facts = facts;
        this.transactions = transactions;
        this.storeZone = storeZone;
        this.clock = clock;
    }

    @Override
    public Optional<Dashboard> view(AgentId agentId) {
        Instant now = clock.instant();
        Days days = Days.endingAt(now, storeZone, DAYS);
        return transactions.inTransaction(() -> agents.findById(agentId)
                .filter(agent -> ConsolePermissions.allows(agent.role(), ConsoleAction.VIEW_CUSTOMERS))
                .map(agent -> dashboard(days, facts.payments(days), facts.bindingFunnels(days), facts.refunds(days),
                        facts.openAlertsByRule(), queues(facts.waiting(), now))));
    }

    private static List<Dashboard.QueueWaiting> queues(Map<DashboardFacts.Queue, DashboardFacts.Waiting> waiting,
                                                       Instant now) {
        return Arrays.stream(Dashboard.Queue.values()).map(queue -> {
            DashboardFacts.Waiting found = waiting.getOrDefault(DashboardFacts.Queue.valueOf(queue.name()),
                    DashboardFacts.Waiting.NONE);
            return new Dashboard.QueueWaiting(queue, found.count(),
                    found.oldestSince().map(since -> Duration.between(since, now)));
        }).toList();
    }

    private static Dashboard dashboard(Days days, List<PaymentCount> payments,
                                       List<DashboardFacts.BindingFunnel> funnels, List<RefundCount> refunds,
                                       Map<RiskRule, Long> openAlerts, List<Dashboard.QueueWaiting> queues) {
        List<LocalDate> dates = days.dates();
        EnumSet<WalletProvider> shown = EnumSet.noneOf(WalletProvider.class);
        shown.addAll(WalletProvider.supportedProviders());
        payments.forEach(count -> shown.add(count.wallet()));
        List<WalletProvider> wallets = List.copyOf(shown);
        return new Dashboard(dates, wallets, perDay(dates, wallets, payments), successRates(wallets, payments),
                failureReasons(payments), bindingFunnels(funnels), refundsPerDay(dates, refunds),
                openAlerts(openAlerts), queues);
    }

    private static List<Dashboard.DayOfPayments> perDay(List<LocalDate> dates, List<WalletProvider> wallets,
                                                        List<PaymentCount> payments) {
        Map<LocalDate, Map<WalletProvider, Long>> counts = new HashMap<>();
        for (PaymentCount count : payments) {
            counts.computeIfAbsent(count.day(), day -> new EnumMap<>(WalletProvider.class))
                    .merge(count.wallet(), count.count(), Long::sum);
        }
        List<Dashboard.DayOfPayments> perDay = new ArrayList<>();
        for (LocalDate day : dates) {
            Map<WalletProvider, Long> ofDay = new EnumMap<>(WalletProvider.class);
            wallets.forEach(wallet -> ofDay.put(wallet, 0L));
            ofDay.putAll(counts.getOrDefault(day, Map.of()));
            perDay.add(new Dashboard.DayOfPayments(day, ofDay));
        }
        return perDay;
    }

    private static List<Dashboard.WalletSuccess> successRates(List<WalletProvider> wallets,
                                                              List<PaymentCount> payments) {
        return wallets.stream().map(wallet -> new Dashboard.WalletSuccess(wallet,
                        sum(payments, count -> count.wallet() == wallet && count.status() == PaymentStatus.SUCCEEDED),
                        sum(payments, count -> count.wallet() == wallet && FINISHED.contains(count.status()))))
                .toList();
    }

    private static List<Dashboard.ReasonCount> failureReasons(List<PaymentCount> payments) {
        return Arrays.stream(PaymentFailureReason.values())
                .map(reason -> new Dashboard.ReasonCount(reason, sum(payments, count ->
                        count.status() == PaymentStatus.FAILED && count.failureReason().equals(Optional.of(reason)))))
                .sorted(Comparator.comparingLong(Dashboard.ReasonCount::count).reversed())
                .toList();
    }

    private static List<Dashboard.BindingFunnel> bindingFunnels(List<DashboardFacts.BindingFunnel> funnels) {
        return funnels.stream()
                .sorted(Comparator.comparing(DashboardFacts.BindingFunnel::provider))
                .map(funnel -> new Dashboard.BindingFunnel(funnel.provider(), funnel.started(),
                        funnel.codeConfirmed(), funnel.approved(), funnel.bound()))
                .toList();
    }

    private static List<Dashboard.DayOfRefunds> refundsPerDay(List<LocalDate> dates, List<RefundCount> refunds) {
        Map<LocalDate, RefundCount> byDay = new HashMap<>();
        refunds.forEach(count -> byDay.put(count.day(), count));
        return dates.stream().map(day -> Optional.ofNullable(byDay.get(day))
                        .map(count -> new Dashboard.DayOfRefunds(day, count.count(), count.amount()))
                        .orElseGet(() -> new Dashboard.DayOfRefunds(day, 0, Money.ZERO)))
                .toList();
    }

    private static List<Dashboard.RuleCount> openAlerts(Map<RiskRule, Long> openAlerts) {
        return openAlerts.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> new Dashboard.RuleCount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(Dashboard.RuleCount::count).reversed()
                        .thenComparing(Dashboard.RuleCount::rule))
                .toList();
    }

    private static long sum(List<PaymentCount> payments, Predicate<PaymentCount> which) {
        return payments.stream().filter(which).mapToLong(PaymentCount::count).sum();
    }
}
