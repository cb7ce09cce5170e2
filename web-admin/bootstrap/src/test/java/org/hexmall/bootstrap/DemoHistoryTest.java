package org.hexmall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.hexmall.application.port.out.persistence.CustomerSearch;
import org.hexmall.application.port.out.persistence.DashboardFacts;
import org.hexmall.application.port.out.persistence.DashboardFacts.BindingFunnel;
import org.hexmall.application.port.out.persistence.DashboardFacts.PaymentCount;
import org.hexmall.application.port.out.persistence.DashboardFacts.RefundCount;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.risk.AlertFilter;
import org.hexmall.domain.risk.AlertResolution;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskDecision;
import org.junit.jupiter.api.Test;

/**
 * The made-up two weeks a demo starts with: made once, on the first start of an empty database, quickly, the same for
 * the same moment, and full enough for every chart of the dashboard.
 */
class DemoHistoryTest {

    private static final Instant NOW = Instant.parse("2026-12-06T06:30:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DashboardFacts.Days TWO_WEEKS = DashboardFacts.Days.endingAt(NOW, SHANGHAI, DemoHistory.DAYS);
    private static final Duration MOST_IT_MAY_TAKE = Duration.ofSeconds(5);
    /** A deadline for the history a start makes in the background, far beyond what it takes. */
    private static final Duration MADE_WITHIN = Duration.ofMinutes(2);

    /**
     * The processor time of the thread that makes it, H2's work included (it runs in that thread), is what it takes
     * on a machine with nothing else to do; the time by the clock is printed beside it.
     */
    @Test
    void onH2_theHistoryIsMadeInUnderFiveSecondsOfProcessorTime_andEveryChartHasSomethingToShow() {
        try (HexmallApplication hexmall = start(newDatabase(), false)) {
            PersistencePorts store = hexmall.storage();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long startNanos = System.nanoTime();
            long startCpuNanos = threads.getCurrentThreadCpuTime();
            DemoHistory.Summary made = generate(store);
            Duration processorTime = Duration.ofNanos(threads.getCurrentThreadCpuTime() - startCpuNanos);
            System.out.printf("Demo history on H2 in memory: %d ms (%d ms of processor time) for %s%n",
                    (System.nanoTime() - startNanos) / 1_000_000, processorTime.toMillis(), made);

            assertThat(processorTime).isLessThan(MOST_IT_MAY_TAKE);
            assertThat(made.shoppers()).isBetween(250, DemoHistory.SHOPPERS);
            assertThat(made.orders()).isGreaterThan(2_000);
            DashboardFacts facts = store.dashboardFacts();
            List<PaymentCount> payments = facts.payments(TWO_WEEKS);
            assertThat(payments.stream().mapToLong(PaymentCount::count).sum()).isEqualTo(made.payments());
            assertThat(payments.stream().map(PaymentCount::day).collect(Collectors.toSet()))
                    .hasSize(DemoHistory.DAYS);
            assertThat(payments.stream().flatMap(count -> count.failureReason().stream())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(PaymentFailureReason.class))))
                    .containsExactlyInAnyOrder(PaymentFailureReason.values());
            assertThat(payments.stream().map(PaymentCount::status).collect(Collectors.toSet()))
                    .contains(PaymentStatus.SUCCEEDED, PaymentStatus.FAILED, PaymentStatus.CANCELLED,
                            PaymentStatus.CLOSED);
            long succeeded = count(payments, PaymentStatus.SUCCEEDED);
            assertThat((double) succeeded / made.payments()).as("share that succeeded").isBetween(0.8, 0.95);
            assertThat(facts.refunds(TWO_WEEKS).stream().mapToLong(RefundCount::count).sum())
                    .isEqualTo(made.refunds()).isGreaterThan(20);
            List<BindingFunnel> funnels = facts.bindingFunnels(TWO_WEEKS);
            assertThat(funnels).hasSize(4).allSatisfy(funnel -> assertThat(funnel.started())
                    .isGreaterThan(funnel.codeConfirmed()));
            assertThat(funnels.stream().mapToLong(BindingFunnel::bound).sum()).isPositive();
            assertThat(facts.openAlertsByRule()).isNotEmpty();
            // The history's blocks held what they blocked, as a block does: those resolved as false positives had
            // their hold lifted, the others' holds ended at their time or hold still.
            var demoCustomer = store.customers().findByPhone(new PhoneNumber("13800000002")).map(Customer::id);
            List<RiskAlert> blocked = store.riskAlerts().list(AlertFilter.all(), 1, made.alerts() + 1).items().stream()
                    .filter(alert -> alert.decision() == RiskDecision.BLOCK)
                    .filter(alert -> !demoCustomer.equals(Optional.of(alert.customerId()))).toList();
            assertThat(blocked).as("blocked alerts").isNotEmpty().allSatisfy(alert -> assertThat(
                    store.riskHolds().findByAlert(alert.id())).as("the hold of " + alert.id())
                    .hasValueSatisfying(hold -> assertThat(hold.lifted().isPresent()).isEqualTo(alert.resolution()
                            .filter(resolved -> resolved.kind() == AlertResolution.FALSE_POSITIVE)
                            .isPresent())));
        }
    }

    @Test
    void theSameMoment_makesTheSameHistory() {
        List<PaymentCount> first;
        try (HexmallApplication hexmall = start(newDatabase(), false)) {
            generate(hexmall.storage());
            first = hexmall.storage().dashboardFacts().payments(TWO_WEEKS);
        }
        try (HexmallApplication hexmall = start(newDatabase(), false)) {
            generate(hexmall.storage());
            assertThat(hexmall.storage().dashboardFacts().payments(TWO_WEEKS)).containsExactlyInAnyOrderElementsOf(first);
        }
    }

    @Test
    void onlyTheFirstStartOfAnEmptyDatabaseMakesIt_andItsShoppersAreNotTheDemoCustomers() {
        String database = newDatabase();
        long payments;
        try (HexmallApplication hexmall = start(database, true)) {
            assertThat(hexmall.awaitDemoHistory(MADE_WITHIN)).as("the history the first start made").isTrue();
            payments = paymentsIn(hexmall);
            assertThat(payments).isGreaterThan(2_000);
            PersistencePorts store = hexmall.storage();
            assertThat(store.customers().findByPhone(new PhoneNumber("13800000001"))).get()
                    .satisfies(liLei -> assertThat(liLei.displayName().value()).isEqualTo("李雷"));
            assertThat(store.customers().findByPhone(new PhoneNumber("13700000001"))).isPresent();
            assertThat(store.customers().search(CustomerSearch.of("13800000"), 1, 10, 100).total()).isEqualTo(2);
        }
        try (HexmallApplication hexmall = start(database, true)) {
            assertThat(hexmall.awaitDemoHistory(MADE_WITHIN)).as("a history made by a later start").isFalse();
            assertThat(paymentsIn(hexmall)).isEqualTo(payments);
        }
    }

    @Test
    void askedToStopWhileMakingIt_keepsNothingOfIt() {
        try (HexmallApplication hexmall = start(newDatabase(), false)) {
            PersistencePorts store = hexmall.storage();
            AtomicInteger looks = new AtomicInteger();

            assertThatThrownBy(() -> DemoHistory.generate(store, DemoCatalog.products(),
                    DemoData.shopperPasswordHash(), store.agents().findByUsername(DemoData.SUPERVISOR), NOW, SHANGHAI,
                    () -> looks.incrementAndGet() > DemoHistory.SHOPPERS + 3)).isInstanceOf(DemoHistory.Stopped.class);

            assertThat(looks).as("stopped among the days, after every shopper").hasValue(DemoHistory.SHOPPERS + 4);
            assertThat(store.customers().findByPhone(new PhoneNumber("13700000001"))).isEmpty();
            assertThat(paymentsIn(hexmall)).isZero();
        }
    }

    /**
     * hexmall stopped at once after a first start: whatever moment the stop meets, the database holds all of the
     * history (over 2,000 payments, as the first start's test shows) or none of it, and the stop does not wait for the
     * history to be made.
     */
    @Test
    void stoppedRightAfterItsFirstStart_theDatabaseHoldsAllOfTheHistoryOrNoneOfIt() {
        String database = newDatabase();
        try (HexmallApplication hexmall = start(database, true)) {
            assertThat(hexmall.baseUrl()).startsWith("http://localhost:");
        }
        try (HexmallApplication hexmall = start(database, false)) {
            long payments = paymentsIn(hexmall);
            assertThat(payments == 0 || payments > 2_000).as("%d payments kept of the history", payments).isTrue();
            assertThat(hexmall.storage().customers().findByPhone(new PhoneNumber("13700000001")).isPresent())
                    .as("a shopper of the history kept").isEqualTo(payments > 0);
        }
    }

    @Test
    void withTheHistoryOff_aNewDatabaseHasOnlyTheDemoCustomers() {
        try (HexmallApplication hexmall = start(newDatabase(), false)) {
            assertThat(paymentsIn(hexmall)).isZero();
            assertThat(hexmall.storage().customers().findByPhone(new PhoneNumber("13700000001"))).isEmpty();
        }
    }

    private static DemoHistory.Summary generate(PersistencePorts store) {
        return DemoHistory.generate(store, DemoCatalog.products(), DemoData.shopperPasswordHash(),
                store.agents().findByUsername(DemoData.SUPERVISOR), NOW, SHANGHAI);
    }

    private static long paymentsIn(HexmallApplication hexmall) {
        return hexmall.storage().dashboardFacts().payments(TWO_WEEKS).stream().mapToLong(PaymentCount::count).sum();
    }

    private static long count(List<PaymentCount> payments, PaymentStatus status) {
        return payments.stream().filter(count -> count.status() == status).mapToLong(PaymentCount::count).sum();
    }

    private static String newDatabase() {
        return "jdbc:h2:mem:demo-history-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    private static HexmallApplication start(String database, boolean history) {
        return HexmallApplication.start(HexmallConfig.defaults().withPort(0).withDatabaseUrl(database)
                .withDemoHistory(history), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
