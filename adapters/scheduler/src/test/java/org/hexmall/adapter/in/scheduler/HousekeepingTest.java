package org.hexmall.adapter.in.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The chores run on their own, again and again, survive each other's failures, and stop when told. */
class HousekeepingTest {

    /** How long a test waits for a pass that is due within a millisecond; reached only when something is broken. */
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final Duration AT_ONCE = Duration.ofMillis(1);

    @Test
    void eachHousekeepingInPortIsDrivenOnItsOwnSchedule() {
        List<String> called = new ArrayList<>();
        var housekeeping = new Housekeeping(
                () -> record(called, "purge ended sessions"),
                () -> record(called, "forget expired login throttles"),
                () -> record(called, "expire stale bindings"),
                () -> record(called, "mark abandoned alerts"),
                () -> record(called, "forget expired nonces"),
                () -> record(called, "close overdue orders"),
                () -> record(called, "forget expired idempotency keys"),
                () -> record(called, "reconcile payments"),
                () -> record(called, "cancel pending agreements"),
                () -> record(called, "count finished days for the dashboard"),
                () -> record(called, "purge ended replacement wallets"));

        Map<String, Duration> schedule = new LinkedHashMap<>();
        for (Chore chore : housekeeping.chores()) {
            chore.run();
            schedule.put(called.getLast(), chore.every());
        }

        assertThat(schedule).containsExactly(
                entry("purge ended sessions", Duration.ofMinutes(5)),
                entry("forget expired login throttles", Duration.ofHours(1)),
                entry("expire stale bindings", Duration.ofMinutes(1)),
                entry("mark abandoned alerts", Duration.ofMinutes(1)),
                entry("forget expired nonces", Duration.ofMinutes(10)),
                entry("close overdue orders", Duration.ofMinutes(1)),
                entry("forget expired idempotency keys", Duration.ofHours(1)),
                entry("reconcile payments", Duration.ofSeconds(5)),
                entry("cancel pending agreements", Duration.ofSeconds(30)),
                entry("count finished days for the dashboard", Duration.ofMinutes(1)),
                entry("purge ended replacement wallets", Duration.ofMinutes(10)));
    }

    @Test
    void onceStartedAChoreRunsAgainAndAgainOnAThreadThatDoesNotKeepTheProcessAlive() throws InterruptedException {
        var threePasses = new CountDownLatch(3);
        var ranOn = new AtomicReference<Thread>();
        try (var housekeeping = new Housekeeping(List.of(new Chore("orders closed", AT_ONCE, () -> {
            ranOn.set(Thread.currentThread());
            threePasses.countDown();
            return 0;
        })))) {
            housekeeping.start();

            assertThat(threePasses.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            assertThat(ranOn.get().isDaemon()).isTrue();
        }
    }

    @Test
    void aFailingChoreIsTriedAgainAndTheOthersKeepRunning() throws InterruptedException {
        var threeFailures = new CountDownLatch(3);
        var threePassesOfTheOther = new CountDownLatch(3);
        try (var housekeeping = new Housekeeping(List.of(
                new Chore("payments reconciled", AT_ONCE, () -> {
                    threeFailures.countDown();
                    throw new IllegalStateException("the database does not answer");
                }),
                new Chore("orders closed", AT_ONCE, () -> {
                    threePassesOfTheOther.countDown();
                    return 0;
                })))) {
            housekeeping.start();

            assertThat(threeFailures.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            assertThat(threePassesOfTheOther.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        }
    }

    @Test
    void closeStopsEveryChoreAndEndsItsThread() throws InterruptedException {
        var firstPass = new CountDownLatch(1);
        var passes = new AtomicInteger();
        var ranOn = new AtomicReference<Thread>();
        var housekeeping = new Housekeeping(List.of(new Chore("orders closed", AT_ONCE, () -> {
            ranOn.set(Thread.currentThread());
            passes.incrementAndGet();
            firstPass.countDown();
            return 0;
        })));
        housekeeping.start();
        assertThat(firstPass.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

        housekeeping.close();
        int passesWhenClosed = passes.get();

        assertThat(ranOn.get().join(DEADLINE)).as("the housekeeping thread ended").isTrue();
        assertThat(passes.get()).isEqualTo(passesWhenClosed);
    }

    /**
     * hexmall starts the chores once its demo history is made, on another thread, and may be stopped before that:
     * then starting them comes after the stop and must neither fail nor start anything.
     */
    @Test
    void startedAfterItWasClosed_itStartsNothingAndDoesNotFail() {
        var passes = new AtomicInteger();
        var housekeeping = new Housekeeping(List.of(new Chore("orders closed", AT_ONCE, () -> {
            passes.incrementAndGet();
            return 0;
        })));
        housekeeping.close();

        assertThatCode(housekeeping::start).as("starting the chores after they were stopped")
                .doesNotThrowAnyException();
        housekeeping.close();
        assertThat(passes).as("passes of a chore started after the stop").hasValue(0);
    }

    private static int record(List<String> called, String inPort) {
        called.add(inPort);
        return 0;
    }

    @Test
    void unpaidOrdersAreLookedForEveryMinute_orAFifthOfTheTimeToPayWhenThatIsShorter_butNotMoreThanOnceASecond() {
        assertThat(Housekeeping.closeOrdersEvery(Duration.ofMinutes(30))).isEqualTo(Duration.ofMinutes(1));
        assertThat(Housekeeping.closeOrdersEvery(Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(1));
        assertThat(Housekeeping.closeOrdersEvery(Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(2));
        assertThat(Housekeeping.closeOrdersEvery(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(1));
    }
}
