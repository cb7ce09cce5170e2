package org.hexmall.acceptance.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hexmall.acceptance.http.HttpShopper;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter.Snapshot;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.bootstrap.UseCases;
import org.hexmall.domain.account.PhoneNumber;
import org.junit.jupiter.api.Test;

/**
 * The budget tests count what a page costs with {@link RoundTripCounter#servingSnapshot()}, so that a housekeeping
 * pass that runs on its own thread while a page is measured never adds to the page's figure, however busy the machine.
 * Here the passes run back to back on another thread, as a scheduler would run them if each were always due, while
 * 李雷's product page is measured: every measurement is the figure measured with no pass running, and the passes did
 * make round trips during the measured requests.
 */
class HousekeepingBesideMeasuredPagesTest {

    private static final String PHONE = "13800000001";
    private static final String PASSWORD = "demo-pass-1";
    private static final String PRODUCT_PAGE = "/products/ELEC-0001";
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    /** Measured visits during which a pass was seen making round trips, so that the equality means something. */
    private static final int OVERLAPPING_VISITS = 5;

    private final RoundTripCounter roundTrips = new RoundTripCounter();

    @Test
    void passesRunningWhileAPageIsMeasured_leaveItsFigureUnchanged() throws InterruptedException {
        HexmallConfig config = HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:housekeeping-beside-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (HexmallApplication hexmall = HexmallApplication.start(config, Clock.systemUTC(), roundTrips)) {
            hexmall.stopChores();
            var liLei = new HttpShopper(URI.create(hexmall.baseUrl()));
            liLei.submit("/login", Map.of("login", PHONE, "password", PASSWORD));
            liLei.page(PRODUCT_PAGE);
            long quiet = servingCostOf(liLei);
            long quietAgain = servingCostOf(liLei);
            assertThat(quietAgain).as("the product page's round trips, measured twice with no pass running")
                    .isEqualTo(quiet).isPositive();

            var running = new AtomicBoolean(true);
            var passes = new AtomicInteger();
            Thread housekeeping = Thread.ofPlatform().name("passes-beside-measured-pages").start(() -> {
                UseCases chores = hexmall.useCases();
                while (running.get()) {
                    chores.reconcilePayments().reconcile();
                    chores.closeOverdueOrders().close();
                    chores.rollUpDashboardDays().rollUp();
                    passes.incrementAndGet();
                }
            });
            try {
                int overlapping = 0;
                int measured = 0;
                Instant deadline = Instant.now().plus(DEADLINE);
                while (overlapping < OVERLAPPING_VISITS && Instant.now().isBefore(deadline)) {
                    Snapshot everythingBefore = roundTrips.snapshot();
                    Snapshot servingBefore = roundTrips.servingSnapshot();
                    assertThat(liLei.page(PRODUCT_PAGE)).contains("Wireless earbuds");
                    long serving = roundTrips.servingSnapshot().minus(servingBefore).hexmall().total();
                    long everything = roundTrips.snapshot().minus(everythingBefore).hexmall().total();
                    measured++;
                    assertThat(serving).as("the product page's round trips while passes run, visit " + measured)
                            .isEqualTo(quiet);
                    if (everything > serving) {
                        overlapping++;
                    }
                }
                assertThat(overlapping).as("measured visits during which a pass made round trips, of " + measured)
                        .isEqualTo(OVERLAPPING_VISITS);
                // The pass whose round trips were seen may still be running (the first one, with the code not yet
                // compiled, can outlast all the visits): it is counted once it has ended.
                running.set(false);
                housekeeping.join(DEADLINE.toMillis());
                assertThat(housekeeping.isAlive()).as("a housekeeping pass still running after " + DEADLINE).isFalse();
                assertThat(passes.get()).as("housekeeping passes run beside the measured visits").isPositive();
            } finally {
                running.set(false);
                housekeeping.join(DEADLINE.toMillis());
            }
        }
    }

    @Test
    void withNoPassRunning_everyRoundTripOfAPage_isCountedAsServingIt() {
        HexmallConfig config = HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:housekeeping-stopped-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (HexmallApplication hexmall = HexmallApplication.start(config, Clock.systemUTC(), roundTrips)) {
            hexmall.stopChores();
            var liLei = new HttpShopper(URI.create(hexmall.baseUrl()));
            liLei.submit("/login", Map.of("login", PHONE, "password", PASSWORD));
            var agent = new HttpShopper(URI.create(hexmall.baseUrl()));
            agent.submit("/admin/login", Map.of("username", "agent", "password", "agent-pass-1"));
            String customerPage = "/admin/customers/"
                    + hexmall.storage().customers().findByPhone(new PhoneNumber(PHONE)).orElseThrow().id();

            for (var visit : Map.of(PRODUCT_PAGE, liLei, customerPage, agent).entrySet()) {
                visit.getValue().page(visit.getKey());
                Snapshot everythingBefore = roundTrips.snapshot();
                Snapshot servingBefore = roundTrips.servingSnapshot();
                visit.getValue().page(visit.getKey());
                assertThat(roundTrips.servingSnapshot().minus(servingBefore))
                        .as("what serving " + visit.getKey() + " cost, with nothing else running")
                        .isEqualTo(roundTrips.snapshot().minus(everythingBefore));
            }
        }
    }

    private long servingCostOf(HttpShopper shopper) {
        Snapshot before = roundTrips.servingSnapshot();
        assertThat(shopper.page(PRODUCT_PAGE)).contains("Wireless earbuds");
        return roundTrips.servingSnapshot().minus(before).hexmall().total();
    }
}
