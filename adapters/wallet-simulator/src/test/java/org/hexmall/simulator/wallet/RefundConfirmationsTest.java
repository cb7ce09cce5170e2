package org.hexmall.simulator.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.simulator.wallet.TestWallets.LI_LEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.NOW;
import static org.hexmall.simulator.wallet.TestWallets.SECRETS;
import static org.hexmall.simulator.wallet.TestWallets.signed;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.api.RefundAnswer;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.notification.PendingNotification;
import org.hexmall.simulator.wallet.storage.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * WeChat Pay takes a refund, credits the wallet and answers "processing", then confirms it to the store with a signed
 * notice as late as its first retry; the other providers answer at once. A refund that fails credits nothing, and its
 * number stays failed.
 */
class RefundConfirmationsTest {

    private static final long BALANCE = 500_00;
    private static final long PRICE = 120_00;

    /** Long enough that no timer of the test's own sends a confirmation: only the moved clock does. */
    private static final SimulatorTimings HOURLY_RETRIES = new SimulatorTimings(Duration.ofMillis(50),
            List.of(Duration.ofHours(1)), Duration.ofSeconds(2));

    private final TestClock clock = new TestClock(NOW);
    private final WalletSimulator simulator = new WalletSimulator(SimulatorStore.inMemory(), SECRETS, clock,
            HOURLY_RETRIES);

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void weChatPay_creditsAtOnce_answersProcessing_andConfirmsWithASignedNoticeWhenItIsDue() throws IOException {
        try (var store = StoreNotifyEndpoint.answering(200)) {
            simulator.notifications().setStoreBaseUrl(store.baseUrl());
            PaymentId payment = paid(WalletProvider.WECHAT_PAY);

            RefundAnswer answer = refund(WalletProvider.WECHAT_PAY, payment, "RF-1", 20_00);

            assertThat(answer).isInstanceOf(RefundAnswer.Processing.class);
            assertThat(balance(WalletProvider.WECHAT_PAY)).isEqualTo(BALANCE - PRICE + 20_00);
            assertThat(refundNotices()).singleElement()
                    .satisfies(pending -> assertThat(pending.nextAttemptAt()).isEqualTo(NOW.plus(firstRetry())));
            simulator.notifications().deliverDue();
            assertThat(refundNotices()).singleElement().extracting(PendingNotification::attemptsMade).isEqualTo(0);

            clock.moveOn(firstRetry());
            simulator.notifications().deliverDue();

            assertThat(receivedRefundNotices(store)).singleElement().satisfies(received -> {
                assertThat(received.path()).isEqualTo("/wallet-notify/wechat-pay");
                assertThat(signed(WalletProvider.WECHAT_PAY, received.parameters()))
                        .containsEntry("type", "refund_succeeded")
                        .containsEntry("payment", payment.toString())
                        .containsEntry("refund_number", "RF-1")
                        .containsEntry("amount_fen", "2000")
                        .containsEntry("provider_refund", ((RefundAnswer.Processing) answer).providerRefund());
            });
            assertThat(refundNotices()).isEmpty();
        }
    }

    @Test
    void askingWeChatPayAgainWithTheSameNumber_answersHowItEnded_andCreditsNothingMore() {
        PaymentId payment = paid(WalletProvider.WECHAT_PAY);
        var processing = (RefundAnswer.Processing) refund(WalletProvider.WECHAT_PAY, payment, "RF-1", 20_00);

        RefundAnswer again = refund(WalletProvider.WECHAT_PAY, payment, "RF-1", 20_00);

        assertThat(again).isEqualTo(new RefundAnswer.Refunded(processing.providerRefund()));
        assertThat(balance(WalletProvider.WECHAT_PAY)).isEqualTo(BALANCE - PRICE + 20_00);
        assertThat(refundNotices()).hasSize(1);
    }

    @Test
    void aFailingRefundAtWeChatPay_creditsNothing_isNotifiedAsFailed_andStaysFailed() throws IOException {
        try (var store = StoreNotifyEndpoint.answering(200)) {
            simulator.notifications().setStoreBaseUrl(store.baseUrl());
            PaymentId payment = paid(WalletProvider.WECHAT_PAY);
            simulator.faults().inject(WalletProvider.WECHAT_PAY, Fault.REFUNDS_FAIL);

            assertThat(refund(WalletProvider.WECHAT_PAY, payment, "RF-1", 20_00))
                    .isInstanceOf(RefundAnswer.Processing.class);
            clock.moveOn(firstRetry());
            simulator.notifications().deliverDue();
            simulator.faults().remove(WalletProvider.WECHAT_PAY);

            assertThat(signed(WalletProvider.WECHAT_PAY, receivedRefundNotices(store).getFirst().parameters()))
                    .containsEntry("type", "refund_failed").containsEntry("refund_number", "RF-1");
            assertThat(refund(WalletProvider.WECHAT_PAY, payment, "RF-1", 20_00))
                    .isInstanceOf(RefundAnswer.Refused.class);
            assertThat(balance(WalletProvider.WECHAT_PAY)).isEqualTo(BALANCE - PRICE);
        }
    }

    @Test
    void alipay_refundsAtOnce_withoutANotice_andRefusesAtOnceWhenRefundsFail() {
        PaymentId payment = paid(WalletProvider.ALIPAY);

        assertThat(refund(WalletProvider.ALIPAY, payment, "RF-1", 20_00)).isInstanceOf(RefundAnswer.Refunded.class);
        simulator.faults().inject(WalletProvider.ALIPAY, Fault.REFUNDS_FAIL);
        assertThat(refund(WalletProvider.ALIPAY, payment, "RF-2", 20_00)).isInstanceOf(RefundAnswer.Refused.class);

        assertThat(balance(WalletProvider.ALIPAY)).isEqualTo(BALANCE - PRICE + 20_00);
        assertThat(refundNotices()).isEmpty();
    }

    private PaymentId paid(WalletProvider provider) {
        simulator.accounts().open(provider, LI_LEI_PHONE, "Li Lei", BALANCE, "135790");
        String agreement = TestWallets.agreementFor(simulator, provider, LI_LEI_PHONE, "135790");
        PaymentId payment = TestWallets.newPaymentId();
        simulator.payments().pay(provider, TestWallets.payPageFor(simulator, provider, agreement, payment, PRICE),
                "135790");
        return payment;
    }

    private RefundAnswer refund(WalletProvider provider, PaymentId payment, String number, long amountFen) {
        return simulator.providerApi().refund(provider, payment, number, amountFen).join();
    }

    private long balance(WalletProvider provider) {
        return simulator.accounts().find(provider, LI_LEI_PHONE).orElseThrow().balanceFen();
    }

    private List<PendingNotification> refundNotices() {
        return simulator.notifications().pending().stream()
                .filter(pending -> pending.type().wireName().startsWith("refund_")).toList();
    }

    private static List<StoreNotifyEndpoint.Received> receivedRefundNotices(StoreNotifyEndpoint store) {
        return store.received().stream()
                .filter(received -> received.parameters().getOrDefault("type", "").startsWith("refund_")).toList();
    }

    private static Duration firstRetry() {
        return HOURLY_RETRIES.notificationRetries(WalletProvider.WECHAT_PAY).getFirst();
    }
}
