package org.hexmall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.hexmall.application.port.out.persistence.DashboardFacts;
import org.hexmall.application.port.out.persistence.DashboardFacts.PaymentCount;
import org.hexmall.application.port.in.account.RegisterCustomerCommand;
import org.hexmall.application.port.in.account.RegistrationResult;
import org.hexmall.domain.account.DisplayName;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.PlainPassword;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The demo history made after the start: what must see the store's whole past (the scheduler's chores) runs once the
 * history is committed, and not at all when hexmall stopped before it was made.
 */
class DemoHistoryInBackgroundTest {

    private static final Instant NOW = Instant.parse("2026-12-06T06:30:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DashboardFacts.Days TWO_WEEKS = DashboardFacts.Days.endingAt(NOW, SHANGHAI, DemoHistory.DAYS);
    private static final Duration MADE_WITHIN = Duration.ofMinutes(2);

    @Test
    void whatComesAfterRunsOnceTheHistoryIsCommitted_andSeesAllOfIt() {
        try (HexmallApplication hexmall = start()) {
            PersistencePorts store = hexmall.storage();
            AtomicLong seenAfter = new AtomicLong(-1);

            DemoHistoryInBackground history = startMaking(store, seenAfter);
            Optional<DemoHistory.Summary> made = history.await(MADE_WITHIN);

            assertThat(made).as("the history made").isPresent();
            assertThat(seenAfter).as("payments seen by what runs after the history")
                    .hasValue(made.get().payments());
            assertThat(made.get().payments()).isGreaterThan(2_000);
        }
    }

    @Test
    void stoppedAtOnce_whatComesAfterRunsOnlyIfTheHistoryWasKept() {
        try (HexmallApplication hexmall = start()) {
            PersistencePorts store = hexmall.storage();
            AtomicLong seenAfter = new AtomicLong(-1);

            DemoHistoryInBackground history = startMaking(store, seenAfter);
            history.close();

            long kept = paymentsIn(store);
            assertThat(history.await(Duration.ZERO).isPresent()).as("made, by the time the stop returned")
                    .isEqualTo(kept > 0);
            assertThat(seenAfter).as("what runs after the history, run only when it was kept")
                    .hasValue(kept > 0 ? kept : -1);
        }
    }

    /**
     * Someone registered with the phone of one of the history's shoppers before it was written (a visitor of a demo
     * within its first seconds could): the history fails as a whole, and the chores start all the same.
     */
    @Test
    void whenMakingItFails_nothingOfItIsKept_andWhatComesAfterStillRuns() {
        try (HexmallApplication hexmall = start()) {
            PersistencePorts store = hexmall.storage();
            assertThat(hexmall.useCases().registerCustomer().register(new RegisterCustomerCommand(
                    new PhoneNumber("13700000001"), Optional.empty(), new DisplayName("王伟"),
                    new PlainPassword("a-visitor-1")))).isInstanceOf(RegistrationResult.Registered.class);
            AtomicLong seenAfter = new AtomicLong(-1);

            DemoHistoryInBackground history = startMaking(store, seenAfter);

            assertThat(history.await(MADE_WITHIN)).as("a history whose first shopper's phone was taken").isEmpty();
            assertThat(seenAfter).as("payments seen by what runs after the failed history").hasValue(0);
            assertThat(store.customers().findByPhone(new PhoneNumber("13700000002"))).as("its second shopper")
                    .isEmpty();
        }
    }

    /**
     * Two nodes of one database started at the same moment both find it new and both make the history: the second to
     * commit fails on the first's shoppers, and says that the other made it, not that there is none.
     */
    @Test
    void madeAlreadyByAnotherStart_itSaysSo_keepsOneHistory_andWhatComesAfterStillRuns() {
        try (HexmallApplication hexmall = start()) {
            PersistencePorts store = hexmall.storage();
            long payments = DemoHistory.generate(store, DemoCatalog.products(), DemoData.shopperPasswordHash(),
                    store.agents().findByUsername(DemoData.SUPERVISOR), NOW, SHANGHAI).payments();
            var logger = (Logger) LoggerFactory.getLogger(DemoHistoryInBackground.class);
            var lines = new ListAppender<ILoggingEvent>();
            lines.start();
            logger.addAppender(lines);
            AtomicLong seenAfter = new AtomicLong(-1);
            try {
                DemoHistoryInBackground second = startMaking(store, seenAfter);

                assertThat(second.await(MADE_WITHIN)).as("a second history").isEmpty();
            } finally {
                logger.detachAppender(lines);
            }
            assertThat(seenAfter).as("payments seen after the second").hasValue(payments);
            assertThat(lines.list).extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
                    .containsExactly(tuple(Level.INFO,
                            "Demo history made by another start on the same database, at the same moment"));
        }
    }

    /** Starts making the history; what runs after it records the payments it then sees in {@code seenAfter}. */
    private static DemoHistoryInBackground startMaking(PersistencePorts store, AtomicLong seenAfter) {
        return DemoHistoryInBackground.start(store, Clock.fixed(NOW, ZoneOffset.UTC), SHANGHAI,
                () -> seenAfter.set(paymentsIn(store)));
    }

    private static long paymentsIn(PersistencePorts store) {
        return store.dashboardFacts().payments(TWO_WEEKS).stream().mapToLong(PaymentCount::count).sum();
    }

    private static HexmallApplication start() {
        return HexmallApplication.start(HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:demo-history-background-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withDemoHistory(false), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
