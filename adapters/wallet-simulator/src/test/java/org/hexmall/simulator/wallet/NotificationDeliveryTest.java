package org.hexmall.simulator.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hexmall.simulator.wallet.TestWallets.LI_LEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.SECRETS;
import static org.hexmall.simulator.wallet.TestWallets.signed;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.notification.NotificationAttempt;
import org.hexmall.simulator.wallet.storage.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A customer who cancels in the wallet app is reported to the store until the store acknowledges it. */
class NotificationDeliveryTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final WalletSimulator simulator = TestWallets.simulator();

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void aCancellationIsRetriedUntilTheStoreAcknowledgesItAndThenNoMore() throws IOException {
        try (var store = StoreNotifyEndpoint.answering(500, 200)) {
            simulator.notifications().setStoreBaseUrl(store.baseUrl());
            String token = approvedAgreement();

            simulator.agreements().cancelInApp(WalletProvider.ALIPAY, token);
            waitUntilSettled();

            assertThat(simulator.notifications().attempts())
                    .extracting(NotificationAttempt::attempt, NotificationAttempt::httpStatus)
                    .containsExactly(tuple(1, 500), tuple(2, 200));
            assertThat(store.received()).hasSize(2).allSatisfy(received -> {
                assertThat(received.path()).isEqualTo("/wallet-notify/alipay");
                assertThat(received.contentType()).isEqualTo("application/x-www-form-urlencoded");
                assertThat(signed(WalletProvider.ALIPAY, received.parameters()))
                        .containsEntry("type", "agreement_cancelled").containsEntry("agreement_token", token);
            });
        }
    }

    @Test
    void eachAttemptIsSignedAfreshSoTheStoreNeverTakesARetryForAReplay() throws IOException {
        try (var store = StoreNotifyEndpoint.answering(500, 200)) {
            simulator.notifications().setStoreBaseUrl(store.baseUrl());

            simulator.agreements().cancelInApp(WalletProvider.ALIPAY, approvedAgreement());
            waitUntilSettled();

            List<String> nonces = store.received().stream().map(received -> received.parameters().get("nonce"))
                    .toList();
            assertThat(nonces).hasSize(2).doesNotHaveDuplicates();
        }
    }

    @Test
    void theProviderGivesUpAfterItsLastRetry() throws IOException {
        try (var store = StoreNotifyEndpoint.answering(503)) {
            simulator.notifications().setStoreBaseUrl(store.baseUrl());

            simulator.agreements().cancelInApp(WalletProvider.ALIPAY, approvedAgreement());
            waitUntilSettled();

            int retries = TestWallets.FAST.notificationRetries(WalletProvider.ALIPAY).size();
            assertThat(simulator.notifications().attempts()).hasSize(1 + retries)
                    .allSatisfy(attempt -> assertThat(attempt.acknowledged()).isFalse());
            assertThat(store.received()).hasSize(simulator.notifications().attempts().size());
        }
    }

    @Test
    void aStoreThatCannotBeReachedIsRecordedAsNoAnswer() throws IOException {
        var stopped = StoreNotifyEndpoint.answering(200);
        stopped.close();
        simulator.notifications().setStoreBaseUrl(stopped.baseUrl());

        simulator.agreements().cancelInApp(WalletProvider.ALIPAY, approvedAgreement());

        NotificationAttempt first = simulator.notifications().attempts().getFirst();
        assertThat(first.httpStatus()).isNull();
        assertThat(first.error()).contains("ConnectException");
    }

    @Test
    void aNotificationSentBeforeTheStoresAddressIsKnownArrivesOnceItIs() throws IOException {
        var firstRetryAfterTheAddressIsSet = new SimulatorTimings(Duration.ofMillis(50),
                List.of(Duration.ofMillis(200), Duration.ofSeconds(1)), Duration.ofSeconds(2));
        try (var early = new WalletSimulator(SimulatorStore.inMemory(), SECRETS, TestWallets.CLOCK,
                firstRetryAfterTheAddressIsSet);
             var store = StoreNotifyEndpoint.answering(200)) {
            early.agreements().cancelInApp(WalletProvider.ALIPAY, approvedAgreement(early));
            early.notifications().setStoreBaseUrl(store.baseUrl());
            waitUntilSettled(early);

            assertThat(early.notifications().attempts().getFirst().error())
                    .isEqualTo("the store's address is not known yet");
            assertThat(early.notifications().attempts().getLast().acknowledged()).isTrue();
            assertThat(store.received()).hasSize(1);
        }
    }

    private String approvedAgreement() {
        return approvedAgreement(simulator);
    }

    private static String approvedAgreement(WalletSimulator simulator) {
        simulator.accounts().open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, "135790");
        return TestWallets.agreementFor(simulator, WalletProvider.ALIPAY, LI_LEI_PHONE, "135790");
    }

    private void waitUntilSettled() {
        waitUntilSettled(simulator);
    }

    private static void waitUntilSettled(WalletSimulator simulator) {
        Poll.until(DEADLINE, "every notification acknowledged or given up",
                () -> simulator.notifications().awaitingAcknowledgement() == 0);
    }
}
