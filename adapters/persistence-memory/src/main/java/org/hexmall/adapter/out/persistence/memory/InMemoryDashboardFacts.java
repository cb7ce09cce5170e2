package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hexmall.application.port.out.persistence.DashboardFacts;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.Refund;
import org.hexmall.domain.refund.RefundCase;
import org.hexmall.domain.refund.RefundCaseStatus;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.Compensation;
import org.hexmall.domain.support.CompensationStatus;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;

/** The dashboard's figures, counted over the other in-memory stores as the database adapter's queries count them. */
final class InMemoryDashboardFacts implements DashboardFacts {

    private final StoreLock lock;
    private final InMemoryPayments payments;
    private final InMemoryWalletBindings bindings;
    private final InMemoryRiskAlerts alerts;
    private final InMemoryRefundCases refundCases;
    private final InMemoryCompensations compensations;
    private final InMemoryDashboardRollups rollups;

    InMemoryDashboardFacts(StoreLock lock, InMemoryPayments payments, InMemoryWalletBindings bindings,
                           InMemoryRiskAlerts alerts, InMemoryRefundCases refundCases,
                           InMemoryCompensations compensations, InMemoryDashboardRollups rollups) {
        this.lock = lock;
        this.rollups = rollups;
        this.payments = payments;
        this.bindings = bindings;
        this.alerts = alerts;
        this.refundCases = refundCases;
        this.compensations = compensations;
    }

    @Override
    public Map<Queue, Waiting> waiting() {
        return lock.call(() -> {
            Map<Queue, Waiting> waiting = new EnumMap<>(Queue.class);
            waiting.put(Queue.REFUND_APPROVALS, waiting(refundCases.stored()
                    .filter(refundCase -> refundCase.status() == RefundCaseStatus.AWAITING_APPROVAL)
                    .map(RefundCase::requestedAt)));
            waiting.put(Queue.AFTER_SALES_REQUESTS, waiting(refundCases.stored()
                    .filter(refundCase -> refundCase.status() == RefundCaseStatus.REQUESTED)
                    .map(RefundCase::requestedAt)));
            waiting.put(Queue.COMPENSATION_APPROVALS, waiting(compensations.stored()
                    .filter(compensation -> compensation.status() == CompensationStatus.PENDING)
                    .map(Compensation::requestedAt)));
            return waiting;
        });
    }

    private static Waiting waiting(Stream<Instant> since) {
        List<Instant> all = since.toList();
        return all.isEmpty() ? Waiting.NONE
                : new Waiting(all.size(), all.stream().min(Comparator.naturalOrder()));
    }

    /** What a payment is counted under. */
    private record PaymentKey(LocalDate day, Payment payment) {

        PaymentCount counted(long count) {
            return new PaymentCount(day, payment.provider(), payment.status(), payment.failureReason(), count);
        }

        List<Object> group() {
            return List.of(day, payment.provider(), payment.status(), payment.failureReason());
        }
    }

    /** The counts kept for the days counted before, and counted now for the others. */
    @Override
    public List<PaymentCount> payments(Days days) {
        return lock.call(() -> {
            List<PaymentCount> counts = new ArrayList<>();
            for (LocalDate day : days.dates()) {
                counts.addAll(rollups.countsOf(day, days.zone()).map(InMemoryDashboardRollups.DayCounts::payments)
                        .orElseGet(() -> livePayments(payments, new Days(day, day, days.zone()))));
            }
            return counts;
        });
    }

    /** The payments created within the days, counted from the payments themselves. */
    static List<PaymentCount> livePayments(InMemoryPayments payments, Days days) {
        Map<List<Object>, List<PaymentKey>> groups = payments.stored()
                .flatMap(payment -> days.dayOf(payment.createdAt()).map(day -> new PaymentKey(day, payment))
                        .stream())
                .collect(Collectors.groupingBy(PaymentKey::group));
        return groups.values().stream().map(keys -> keys.getFirst().counted(keys.size())).toList();
    }

    /** The funnels kept for the days counted before and counted now for the others; how many are bound, now. */
    @Override
    public List<BindingFunnel> bindingFunnels(Days days) {
        return lock.call(() -> {
            List<BindingFunnel> parts = new ArrayList<>();
            for (LocalDate day : days.dates()) {
                parts.addAll(rollups.countsOf(day, days.zone()).map(InMemoryDashboardRollups.DayCounts::funnels)
                        .orElseGet(() -> liveFunnels(bindings, new Days(day, day, days.zone()), false)));
            }
            parts.addAll(liveFunnels(bindings, days, true).stream()
                    .map(funnel -> new BindingFunnel(funnel.provider(), 0, 0, 0, funnel.bound())).toList());
            Map<WalletProvider, BindingFunnel> summed = new EnumMap<>(WalletProvider.class);
            parts.forEach(part -> summed.merge(part.provider(), part, (a, b) -> new BindingFunnel(a.provider(),
                    a.started() + b.started(), a.codeConfirmed() + b.codeConfirmed(), a.approved() + b.approved(),
                    a.bound() + b.bound())));
            return List.copyOf(summed.values());
        });
    }

    /** The bindings started within the days, per provider, by how far they got; how many are bound, if asked. */
    static List<BindingFunnel> liveFunnels(InMemoryWalletBindings bindings, Days days, boolean countBound) {
        Map<WalletProvider, List<WalletBinding>> byProvider = bindings.stored()
                .filter(binding -> days.dayOf(binding.startedAt()).isPresent())
                .collect(Collectors.groupingBy(WalletBinding::provider, () -> new EnumMap<>(WalletProvider.class),
                        Collectors.toList()));
        List<BindingFunnel> funnels = new ArrayList<>();
        byProvider.forEach((provider, started) -> funnels.add(new BindingFunnel(provider, started.size(),
                started.stream().filter(binding -> reached(binding, BindingStatus.AWAITING_AUTHORIZATION)).count(),
                started.stream().filter(binding -> reached(binding, BindingStatus.ACTIVE)).count(),
                countBound ? started.stream().filter(WalletBinding::isActive).count() : 0)));
        return funnels;
    }

    private static boolean reached(WalletBinding binding, BindingStatus status) {
        return binding.history().stream().anyMatch(event -> event.status() == status);
    }

    @Override
    public List<RefundCount> refunds(Days days) {
        return lock.call(() -> {
            Map<LocalDate, List<Refund>> byDay = payments.stored()
                    .flatMap(payment -> payment.refunds().stream())
                    .filter(refund -> days.dayOf(refund.at()).isPresent())
                    .collect(Collectors.groupingBy(refund -> days.dayOf(refund.at()).orElseThrow(), TreeMap::new,
                            Collectors.toList()));
            List<RefundCount> counts = new ArrayList<>();
            byDay.forEach((day, refunds) -> counts.add(new RefundCount(day, refunds.size(),
                    refunds.stream().map(Refund::amount).reduce(Money.ZERO, Money::plus))));
            return counts;
        });
    }

    @Override
    public Map<RiskRule, Long> openAlertsByRule() {
        return lock.call(() -> alerts.stored()
                .filter(RiskAlert::isOpen)
                .flatMap(alert -> alert.rules().stream().distinct())
                .collect(Collectors.groupingBy(Function.identity(), () -> new EnumMap<>(RiskRule.class),
                        Collectors.counting())));
    }
}
