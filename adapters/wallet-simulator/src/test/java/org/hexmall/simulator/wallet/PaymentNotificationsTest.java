package org.hexmall.simulator.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hexmall.simulator.wallet.TestWallets.LI_LEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.SECRETS;
import static org.hexmall.simulator.wallet.TestWallets.signed;
import static org.hexmall.simulator.wallet.TestWallets.signedQueryOf;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.notification.NotificationAttempt;
import org.hexmall.simulator.wallet.payment.PayAttempt;
import org.hexmall.simulator.wallet.storage.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A payment's success reaches the store twice: through the browser, and as a signed notification the provider
 * retries on its own schedule until the store acknowledges it. The store must not rely on either alone.
 */
class PaymentNotificationsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final String PASSWORD = "135790";
    /** Real schedules a thousand times faster: Alipay's first retry after 240 ms, WeChat Pay's after 15 ms. */
    private static final double THOUSAND_TIMES_FASTER = 0.001;

    /** A clock that runs, so that the attempts' times show the waits between them. */
    private final WalletSimulator simulator = new WalletSimulator(SimulatorStore.inMemory(), SECRETS,
            Clock.systemUTC(), SimulatorTimings.realSchedules(THOUSAND_TIMES_FASTER));

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void aSuccessIsNotifiedSignedWithWhatTheBrowserBringsBack() throws IOException {
        try (var endpoint = StoreNotifyEndpoint.answering(200)) {
            simulator.notifications().setStoreBaseUrl(endpoint.baseUrl());

            URI back = payAt(WalletProvider.ALIPAY);

            Map<String, String> fromBrowser = signedQueryOf(WalletProvider.ALIPAY, back);
            assertThat(fromBrowser).containsEntry("type", "payment_succeeded");
            assertThat(endpoint.received()).singleElement().satisfies(received -> {
                assertThat(received.path()).isEqualTo("/wallet-notify/alipay");
                assertThat(received.contentType()).isEqualTo("application/x-www-form-urlencoded");
                Map<String, String> notified = signed(WalletProvider.ALIPAY, received.parameters());
                for (String field : List.of("type", "payment", "order_number", "amount_fen", "transaction")) {
                    assertThat(notified.get(field)).as(field).isEqualTo(fromBrowser.get(field));
                }
                assertThat(notified.get("nonce")).isNotEqualTo(fromBrowser.get("nonce"));
            });
            assertThat(simulator.notifications().attempts()).singleElement().satisfies(attempt -> {
                assertThat(attempt.messageType()).isEqualTo("payment_succeeded");
                assertThat(attempt.acknowledged()).isTrue();
            });
        }
    }

    @Test
    void alipayRetriesOnItsOwnScaledScheduleUntilTheStoreAcknowledges() throws IOException {
        try (var endpoint = StoreNotifyEndpoint.answering(500, 503, 200)) {
            simulator.notifications().setStoreBaseUrl(endpoint.baseUrl());

            payAt(WalletProvider.ALIPAY);
            waitUntilSettled();

            List<NotificationAttempt> attempts = simulator.notifications().attempts();
            assertThat(attempts).extracting(NotificationAttempt::attempt, NotificationAttempt::httpStatus)
                    .containsExactly(tuple(1, 500), tuple(2, 503), tuple(3, 200));
            // Alipay: 4 minutes, then 10 minutes; a thousandth of that.
            assertThat(waitBetween(attempts, 0)).isGreaterThanOrEqualTo(Duration.ofMillis(240));
            assertThat(waitBetween(attempts, 1)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
            assertThat(endpoint.received()).hasSize(3)
                    .allSatisfy(received -> assertThat(signed(WalletProvider.ALIPAY, received.parameters()))
                            .containsEntry("type", "payment_succeeded"));
            assertThat(endpoint.received()).map(received -> received.parameters().get("nonce")).doesNotHaveDuplicates();
        }
    }

    @Test
    void weChatPayRetriesOnItsOwnQuickerScheduleAndGivesUpAfterItsLastRetry() throws IOException {
        var giveUpSoon = new SimulatorTimings(Duration.ofMillis(50), Map.of(
                WalletProvider.WECHAT_PAY, SimulatorTimings.realSchedules(THOUSAND_TIMES_FASTER)
                        .notificationRetries(WalletProvider.WECHAT_PAY).subList(0, 3),
                WalletProvider.ALIPAY, List.of(), WalletProvider.JD_PAY, List.of(),
                WalletProvider.UNIONPAY_QUICKPASS, List.of()),
                Duration.ofSeconds(2), SimulatorTimings.realSchedules(1).passwordLocks());
        try (var endpoint = StoreNotifyEndpoint.answering(500);
             var weChat = new WalletSimulator(SimulatorStore.inMemory(), SECRETS, Clock.systemUTC(), giveUpSoon)) {
            weChat.notifications().setStoreBaseUrl(endpoint.baseUrl());

            payAt(weChat, WalletProvider.WECHAT_PAY);
            Poll.until(DEADLINE, "the provider gave up", () -> weChat.notifications().awaitingAcknowledgement() == 0);

            List<NotificationAttempt> attempts = weChat.notifications().attempts();
            assertThat(attempts).hasSize(4).allSatisfy(attempt -> assertThat(attempt.acknowledged()).isFalse());
            // WeChat Pay: 15 s, 15 s, 30 s; a thousandth of that.
            assertThat(waitBetween(attempts, 0)).isGreaterThanOrEqualTo(Duration.ofMillis(15));
            assertThat(waitBetween(attempts, 1)).isGreaterThanOrEqualTo(Duration.ofMillis(15));
            assertThat(waitBetween(attempts, 2)).isGreaterThanOrEqualTo(Duration.ofMillis(30));
        }
    }

    @Test
    void withDuplicateNotificationsTheStoreIsToldThreeTimesEachSignedAfresh() throws IOException {
        try (var endpoint = StoreNotifyEndpoint.answering(200)) {
            simulator.notifications().setStoreBaseUrl(endpoint.baseUrl());
            simulator.faults().inject(WalletProvider.ALIPAY, Fault.DUPLICATE_NOTIFICATIONS);

            URI back = payAt(WalletProvider.ALIPAY);
            waitUntilSettled();

            String transaction = signedQueryOf(WalletProvider.ALIPAY, back).get("transaction");
            assertThat(endpoint.received()).hasSize(3).allSatisfy(received ->
                    assertThat(signed(WalletProvider.ALIPAY, received.parameters()))
                            .containsEntry("type", "payment_succeeded").containsEntry("transaction", transaction));
            assertThat(endpoint.received()).map(received -> received.parameters().get("nonce")).doesNotHaveDuplicates();
            assertThat(simulator.notifications().attempts()).map(NotificationAttempt::notificationId)
                    .doesNotHaveDuplicates();
            assertThat(simulator.accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE).orElseThrow().balanceFen())
                    .as("charged once all the same").isEqualTo(888_800 - 123_450);
        }
    }

    @Test
    void withDelayedNotificationsTheBrowserIsBackBeforeTheStoreIsToldAsLateAsTheFirstRetry() throws IOException {
        // Alipay's first retry comes after 4 minutes: a thousandth of that is 240 ms.
        Duration firstRetry = Duration.ofMillis(240);
        try (var endpoint = StoreNotifyEndpoint.answering(200)) {
            simulator.notifications().setStoreBaseUrl(endpoint.baseUrl());
            simulator.faults().inject(WalletProvider.ALIPAY, Fault.DELAYED_NOTIFICATIONS);
            Instant paidAt = Instant.now();

            URI back = payAt(WalletProvider.ALIPAY);

            assertThat(signedQueryOf(WalletProvider.ALIPAY, back)).containsEntry("type", "payment_succeeded");
            waitUntilSettled();
            assertThat(endpoint.received()).hasSize(1);
            assertThat(Duration.between(paidAt, simulator.notifications().attempts().getFirst().attemptedAt()))
                    .isGreaterThanOrEqualTo(firstRetry);
        }
    }

    @Test
    void duplicateNotificationsAreSentForCancelledAuthorizationsToo() throws IOException {
        try (var endpoint = StoreNotifyEndpoint.answering(200)) {
            simulator.notifications().setStoreBaseUrl(endpoint.baseUrl());
            simulator.accounts().open(WalletProvider.JD_PAY, LI_LEI_PHONE, "Li Lei", 888_800, PASSWORD);
            String agreement = TestWallets.agreementFor(simulator, WalletProvider.JD_PAY, LI_LEI_PHONE, PASSWORD);
            simulator.faults().inject(WalletProvider.JD_PAY, LI_LEI_PHONE, Fault.DUPLICATE_NOTIFICATIONS);

            simulator.agreements().cancelInApp(WalletProvider.JD_PAY, agreement);
            waitUntilSettled();

            assertThat(endpoint.received()).hasSize(3).allSatisfy(received ->
                    assertThat(signed(WalletProvider.JD_PAY, received.parameters()))
                            .containsEntry("type", "agreement_cancelled").containsEntry("agreement_token", agreement));
        }
    }

    private URI payAt(WalletProvider provider) {
        return payAt(simulator, provider);
    }

    /** Binds Li Lei's account, asks for a payment of ¥1,234.50 and pays it with the right password. */
    private static URI payAt(WalletSimulator simulator, WalletProvider provider) {
        simulator.accounts().open(provider, LI_LEI_PHONE, "Li Lei", 888_800, PASSWORD);
        String agreement = TestWallets.agreementFor(simulator, provider, LI_LEI_PHONE, PASSWORD);
        String page = TestWallets.payPageFor(simulator, provider, agreement, TestWallets.newPaymentId(), 123_450);
        return ((PayAttempt.Paid) simulator.payments().pay(provider, page, PASSWORD)).backToStore();
    }

    /** From the start of one attempt to the start of the next. */
    private static Duration waitBetween(List<NotificationAttempt> attempts, int index) {
        return Duration.between(attempts.get(index).attemptedAt(), attempts.get(index + 1).attemptedAt());
    }

    private void waitUntilSettled() {
        Poll.until(DEADLINE, "every notification acknowledged or given up",
                () -> simulator.notifications().awaitingAcknowledgement() == 0);
    }
}
