package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.Shelf.CHARGER;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hexmall.application.port.in.refund.RefundCaseOutcome;
import org.hexmall.application.port.in.refund.RefundCaseView;
import org.hexmall.application.port.in.refund.RefundChoice;
import org.hexmall.application.port.in.wallet.ReceiveWalletNotice.NoticeOutcome;
import org.hexmall.application.service.refund.shared.RefundRuns;
import org.hexmall.bootstrap.UseCases;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.refund.RefundCaseStatus;
import org.hexmall.domain.refund.RefundCategory;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.payment.SimulatedPayment;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * WeChat Pay confirms refunds later: it answers "processing", credits the wallet, and tells the store with a signed
 * notice. The case waits for that confirmation, is refunded once however often the notice comes, fails when WeChat
 * Pay says the refund failed, and is settled by reconciliation, asking with the same refund number, if no notice
 * comes.
 */
class WeChatPayRefundConfirmationTest {

    private static final String PHONE = "13800138000";
    private static final long OPENING_BALANCE = 2000_00;
    /** Tea and a charger: ¥29.90 + ¥89.00. */
    private static final Money TOTAL = Money.ofYuan(118, 90);
    /**
     * The simulated WeChat Pay in these tests never retries, and sends a confirmation this late by the clock, which
     * stands still until a test moves it: however slow the machine, it comes only when the test delivers it.
     */
    private static final Duration CONFIRMATION_DELAY = Duration.ofSeconds(5);

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final UseCases useCases = hexmall.anotherServer();
    private final AgentId agent = hexmall.registeredAgent("wang.fang");
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final WalletAccountIdentifier wechatAccount = hexmall.walletAccountAt(WECHAT_PAY, "13800000001",
            OPENING_BALANCE);

    WeChatPayRefundConfirmationTest() {
        hexmall.boundWallet(customer, PHONE, WECHAT_PAY, "13800000001");
        hexmall.stock(TEA, CHARGER);
    }

    @Test
    void aRefund_waitsForWeChatPaysConfirmation_thenTheNoticeRefundsIt() {
        try (var endpoint = WalletNotifyEndpoint.startedFor(hexmall)) {
            OrderId order = paidOrder();

            RefundCaseView refund = refundTea(order);

            assertThat(refund.status()).isEqualTo(RefundCaseStatus.REFUNDING);
            assertThat(refund.awaitingConfirmationFrom()).contains(WECHAT_PAY);
            assertThat(refund.statusKey()).isEqualTo("refund.status.confirming.WECHAT_PAY");
            assertThat(hexmall.balanceOf(WECHAT_PAY, wechatAccount)).isEqualTo(OPENING_BALANCE - TOTAL.fen() + 29_90);
            assertThat(refundedOnPayment(order)).isEqualTo(Money.ZERO);

            confirmationsArrive();

            assertThat(noticesOfType(endpoint, "refund_succeeded")).extracting(WalletNotifyEndpoint.Received::outcome)
                    .containsExactly(NoticeOutcome.APPLIED);
            RefundCaseView refunded = caseOf(order);
            assertThat(refunded.status()).isEqualTo(RefundCaseStatus.REFUNDED);
            assertThat(refunded.awaitingConfirmationFrom()).isEmpty();
            assertThat(refundedOnPayment(order)).isEqualTo(TEA.price());
            assertThat(hexmall.balanceOf(WECHAT_PAY, wechatAccount)).isEqualTo(OPENING_BALANCE - TOTAL.fen() + 29_90);
        }
    }

    @Test
    void theNoticeSentThreeTimes_andOnceMoreByHand_refundsOnce() {
        hexmall.wallets.faults().inject(WECHAT_PAY, wechatAccount, Fault.DUPLICATE_NOTIFICATIONS);
        try (var endpoint = WalletNotifyEndpoint.startedFor(hexmall)) {
            OrderId order = paidOrder();
            refundTea(order);

            confirmationsArrive();
            Map<String, String> first = noticesOfType(endpoint, "refund_succeeded").getFirst().parameters();
            NoticeOutcome byHand = hexmall.receiveWalletNotice.receive(WECHAT_PAY, first);

            assertThat(noticesOfType(endpoint, "refund_succeeded")).extracting(WalletNotifyEndpoint.Received::outcome)
                    .containsExactlyInAnyOrder(NoticeOutcome.APPLIED, NoticeOutcome.ALREADY_DONE,
                            NoticeOutcome.ALREADY_DONE);
            assertThat(byHand).isEqualTo(NoticeOutcome.ALREADY_DONE);
            assertThat(caseOf(order).status()).isEqualTo(RefundCaseStatus.REFUNDED);
            assertThat(refundedOnPayment(order)).isEqualTo(TEA.price());
            assertThat(hexmall.balanceOf(WECHAT_PAY, wechatAccount)).isEqualTo(OPENING_BALANCE - TOTAL.fen() + 29_90);
        }
    }

    @Test
    void aRefundWeChatPaySaysFailed_failsTheCase_movesNoMoney_andFreesTheItems() {
        try (var endpoint = WalletNotifyEndpoint.startedFor(hexmall)) {
            OrderId order = paidOrder();
            hexmall.wallets.faults().inject(WECHAT_PAY, Fault.REFUNDS_FAIL);

            assertThat(refundTea(order).status()).isEqualTo(RefundCaseStatus.REFUNDING);
            confirmationsArrive();

            assertThat(noticesOfType(endpoint, "refund_failed")).extracting(WalletNotifyEndpoint.Received::outcome)
                    .containsExactly(NoticeOutcome.APPLIED);
            RefundCaseView failed = caseOf(order);
            assertThat(failed.status()).isEqualTo(RefundCaseStatus.FAILED);
            assertThat(failed.decision()).isPresent();
            assertThat(refundedOnPayment(order)).isEqualTo(Money.ZERO);
            assertThat(hexmall.balanceOf(WECHAT_PAY, wechatAccount)).isEqualTo(OPENING_BALANCE - TOTAL.fen());
            assertThat(useCases.viewOrderRefunds().refundableItems(order)).contains(List.of(1, 1));
        }
    }

    @Test
    void aNoticeForARefundTheStoreNeverAskedFor_isRefused_andRecordsNothing() {
        try (var endpoint = WalletNotifyEndpoint.startedFor(hexmall)) {
            OrderId order = paidOrder();
            SimulatedPayment atWeChatPay = hexmall.wallets.payments().find(WECHAT_PAY, paymentOf(order))
                    .orElseThrow();

            hexmall.wallets.refunds().refund(atWeChatPay, "RF-NOT-THE-STORES", 10_00);
            confirmationsArrive();

            assertThat(noticesOfType(endpoint, "refund_succeeded")).extracting(WalletNotifyEndpoint.Received::outcome)
                    .containsExactly(NoticeOutcome.REFUSED);
            assertThat(refundedOnPayment(order)).isEqualTo(Money.ZERO);
        }
    }

    @Test
    void aNoticeWhoseSignatureDoesNotMatch_isRefused_andTheCaseStillWaits() {
        try (var endpoint = WalletNotifyEndpoint.startedFor(hexmall)) {
            OrderId order = paidOrder();
            RefundCaseView refund = refundTea(order);
            Map<String, String> forged = new HashMap<>();
            forged.put("type", "refund_succeeded");
            forged.put("provider", "wechat-pay");
            forged.put("payment", paymentOf(order).toString());
            forged.put("refund_number", refund.refundNumber());
            forged.put("provider_refund", "2026120600000000000000000001");
            forged.put("amount_fen", "2990");
            forged.put("nonce", "a-nonce-of-the-forgers-own");
            forged.put("timestamp", Long.toString(hexmall.clock.instant().getEpochSecond()));
            forged.put("sign", "bm90LXRoZS1wcm92aWRlcnMtc2lnbmF0dXJl");

            assertThat(hexmall.receiveWalletNotice.receive(WECHAT_PAY, forged)).isEqualTo(NoticeOutcome.REFUSED);

            assertThat(caseOf(order).status()).isEqualTo(RefundCaseStatus.REFUNDING);
            assertThat(refundedOnPayment(order)).isEqualTo(Money.ZERO);
            assertThat(endpoint.received()).noneMatch(notice -> "refund_succeeded".equals(notice.parameters()
                    .get("type")));
        }
    }

    @Test
    void withoutANotice_reconciliationAsksWithTheSameNumber_andTheMoneyGoesBackOnce() {
        // No notify endpoint: WeChat Pay's confirmation never reaches the store.
        OrderId order = paidOrder();
        refundTea(order);

        hexmall.reconcilePayments.reconcile();
        assertThat(caseOf(order).status()).isEqualTo(RefundCaseStatus.REFUNDING);

        hexmall.clock.advance(RefundRuns.CONFIRMATION_PATIENCE.plusSeconds(1));
        hexmall.reconcilePayments.reconcile();
        hexmall.reconcilePayments.reconcile();

        assertThat(caseOf(order).status()).isEqualTo(RefundCaseStatus.REFUNDED);
        assertThat(refundedOnPayment(order)).isEqualTo(TEA.price());
        assertThat(hexmall.wallets.refunds().of(WECHAT_PAY, paymentOf(order))).singleElement()
                .satisfies(refund -> assertThat(refund.amountFen()).isEqualTo(29_90));
        assertThat(hexmall.balanceOf(WECHAT_PAY, wechatAccount)).isEqualTo(OPENING_BALANCE - TOTAL.fen() + 29_90);
    }

    private OrderId paidOrder() {
        OrderId order = hexmall.orderOf(customer, TEA, CHARGER);
        hexmall.paid(customer, order, WECHAT_PAY);
        return order;
    }

    private RefundCaseView refundTea(OrderId order) {
        RefundCaseOutcome outcome = useCases.refundOrder().refund(agent, order,
                new RefundChoice(List.of(1, 0), RefundCategory.DAMAGED, "Box crushed in delivery"));
        if (outcome instanceof RefundCaseOutcome.Done(RefundCaseView refund)) {
            return refund;
        }
        throw new AssertionError("expected the refund to be made, but the answer was " + outcome);
    }

    /** Time passes until WeChat Pay's confirmation is due, and it is sent. */
    private void confirmationsArrive() {
        hexmall.clock.advance(CONFIRMATION_DELAY);
        hexmall.wallets.notifications().deliverDue();
    }

    private RefundCaseView caseOf(OrderId order) {
        return useCases.viewOrderRefunds().ofOrder(order).getFirst();
    }

    private PaymentId paymentOf(OrderId order) {
        return hexmall.storage.payments().findByOrder(order).getFirst().id();
    }

    private Money refundedOnPayment(OrderId order) {
        return hexmall.storage.payments().findByOrder(order).getFirst().refunds().stream()
                .map(org.hexmall.domain.payment.Refund::amount).reduce(Money.ZERO, Money::plus);
    }

    private static List<WalletNotifyEndpoint.Received> noticesOfType(WalletNotifyEndpoint endpoint, String type) {
        return endpoint.received().stream().filter(notice -> type.equals(notice.parameters().get("type"))).toList();
    }
}
