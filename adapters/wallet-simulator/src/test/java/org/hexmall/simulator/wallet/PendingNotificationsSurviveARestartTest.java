package org.hexmall.simulator.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hexmall.simulator.wallet.TestWallets.LI_LEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.NOW;
import static org.hexmall.simulator.wallet.TestWallets.SECRETS;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.notification.NotificationAttempt;
import org.hexmall.simulator.wallet.notification.PendingNotification;
import org.hexmall.simulator.wallet.storage.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A simulated provider that stops with a notification the store has not acknowledged sends it again once it runs
 * again on the same database, at its next due time and not before, and the attempts made before the stop are kept.
 */
class PendingNotificationsSurviveARestartTest {

    /** Long enough that no timer of the test's own makes the retry: only the moved clock does. */
    private static final Duration RETRY_WAIT = Duration.ofHours(1);
    private static final SimulatorTimings ONE_HOURLY_RETRY = new SimulatorTimings(Duration.ofMillis(50),
            List.of(RETRY_WAIT), Duration.ofSeconds(2));

    private final JdbcDataSource database = new JdbcDataSource();
    private final TestClock clock = new TestClock(NOW);

    PendingNotificationsSurviveARestartTest() {
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    @Test
    void aNotificationTheStoreDidNotAcknowledge_isSentAgainAfterARestart_atItsNextDueTime() throws Exception {
        try (var store = StoreNotifyEndpoint.answering(500, 200)) {
            String token;
            try (var before = startedSimulator()) {
                before.notifications().setStoreBaseUrl(store.baseUrl());
                before.accounts().open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, "135790");
                token = TestWallets.agreementFor(before, WalletProvider.ALIPAY, LI_LEI_PHONE, "135790");
                before.agreements().cancelInApp(WalletProvider.ALIPAY, token);
                assertThat(before.notifications().attempts()).extracting(NotificationAttempt::httpStatus)
                        .containsExactly(500);
            }

            try (var after = startedSimulator()) {
                assertThat(after.notifications().pending()).singleElement().satisfies(pending -> {
                    assertThat(pending.attemptsMade()).isOne();
                    assertThat(pending.nextAttemptAt()).isEqualTo(NOW.plus(RETRY_WAIT));
                    assertThat(pending.fields()).containsEntry("agreement_token", token);
                });
                after.notifications().setStoreBaseUrl(store.baseUrl());
                assertThat(after.notifications().deliverDue()).isZero();

                clock.moveOn(RETRY_WAIT);
                assertThat(after.notifications().deliverDue()).isOne();

                List<NotificationAttempt> attempts = after.notifications().attempts();
                assertThat(attempts).extracting(NotificationAttempt::attempt, NotificationAttempt::httpStatus)
                        .containsExactly(tuple(1, 500), tuple(2, 200));
                assertThat(attempts.stream().map(NotificationAttempt::notificationId).distinct()).hasSize(1);
                assertThat(after.notifications().pending()).isEmpty();
                assertThat(store.received()).hasSize(2).allSatisfy(received ->
                        assertThat(received.parameters()).containsEntry("type", "agreement_cancelled"));
            }
        }
    }

    @Test
    void twoSimulatorsOnOneDatabase_makeEachAttemptOnce() throws Exception {
        try (var store = StoreNotifyEndpoint.answering(500, 200);
             var one = startedSimulator();
             var other = startedSimulator()) {
            one.notifications().setStoreBaseUrl(store.baseUrl());
            other.notifications().setStoreBaseUrl(store.baseUrl());
            one.accounts().open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, "135790");
            one.agreements().cancelInApp(WalletProvider.ALIPAY,
                    TestWallets.agreementFor(one, WalletProvider.ALIPAY, LI_LEI_PHONE, "135790"));

            clock.moveOn(RETRY_WAIT);
            int made = one.notifications().deliverDue() + other.notifications().deliverDue();

            assertThat(made).isOne();
            assertThat(store.received()).hasSize(2);
            assertThat(other.notifications().pending()).extracting(PendingNotification::id).isEmpty();
        }
    }

    private WalletSimulator startedSimulator() {
        return new WalletSimulator(SimulatorStore.onDatabase(database), SECRETS, clock, ONE_HOURLY_RETRY);
    }
}
