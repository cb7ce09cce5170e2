package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.acceptance.usecase.Shelf.CHARGER;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.support.ViewOrderForAgent.OrderFile;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.shared.Money;
import org.hexmall.simulator.wallet.fault.Fault;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * An agent opens an order in the console while the customer explains on the phone: the order's lines, and
 * every attempt to pay it, oldest first, each with its timeline and why it failed.
 */
class ViewOrderForAgentTest {

    private static final String PHONE = "13800138000";
    private static final String WRONG_PASSWORD = "246801";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final OrderId order;

    ViewOrderForAgentTest() {
        hexmall.walletBound(customer, PHONE, ALIPAY, "13800000001");
        hexmall.stock(TEA, CHARGER);
        order = hexmall.orderOf(customer, TEA, CHARGER);
    }

    @Test
    void theAgent_seesTheOrdersLinesAndStatus() {
        OrderFile file = orderFile();

        assertThat(file.order().lines())
                .extracting(OrderLine::productId, OrderLine::nameZh, OrderLine::unitPrice, OrderLine::quantity)
                .containsExactlyInAnyOrder(
                        tuple(TEA.id(), "龙井绿茶 250克", Money.ofYuan(29, 90), 1),
                        tuple(CHARGER.id(), "USB-C 充电器 65W", Money.ofYuan(89, 0), 1));
        assertThat(file.order().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(file.payments()).isEmpty();
    }

    @Test
    void theAgent_seesEveryAttemptOldestFirstWithWhyItFailed() {
        PaymentId cancelled = cancelledAttempt();
        hexmall.clock.advance(Duration.ofMinutes(1));
        PaymentId wrongPassword = attemptLeftAfterAWrongPassword();
        hexmall.clock.advance(Duration.ofMinutes(1));
        PaymentId providerDown = attemptWhileTheProviderIsDown();
        hexmall.clock.advance(Duration.ofMinutes(1));
        PaymentId paid = hexmall.paid(customer, order, ALIPAY);

        OrderFile file = orderFile();

        assertThat(file.order().status()).isEqualTo(OrderStatus.PAID);
        assertThat(file.payments()).extracting(PaymentView::id, PaymentView::status, PaymentView::failureReason)
                .containsExactly(
                        tuple(cancelled, PaymentStatus.CANCELLED, Optional.empty()),
                        tuple(wrongPassword, PaymentStatus.FAILED,
                                Optional.of(PaymentFailureReason.WRONG_PAYMENT_PASSWORD)),
                        tuple(providerDown, PaymentStatus.FAILED,
                                Optional.of(PaymentFailureReason.PROVIDER_UNAVAILABLE)),
                        tuple(paid, PaymentStatus.SUCCEEDED, Optional.empty()));
    }

    @Test
    void aPaidAttemptsTimeline_runsFromCreatedThroughWhatHappenedToSucceeded() {
        Instant startedAt = hexmall.clock.instant();
        URI payPage = InMemoryHexmall.payPage(hexmall.pay(customer, order));
        hexmall.clock.advance(Duration.ofSeconds(40));
        hexmall.typePaymentPassword(ALIPAY, payPage, WRONG_PASSWORD);
        hexmall.clock.advance(Duration.ofSeconds(20));
        Instant paidAt = hexmall.clock.instant();
        hexmall.comeBackFromPaying(customer, hexmall.payInWalletApp(ALIPAY, payPage));

        PaymentView seen = orderFile().payments().getFirst();

        assertThat(InMemoryHexmall.timelineOf(seen)).containsExactly(
                "CREATED",
                "AWAITING_CONFIRMATION",
                "AWAITING_CONFIRMATION RETURN_RECEIVED",
                "AWAITING_CONFIRMATION WRONG_PAYMENT_PASSWORD",
                "SUCCEEDED");
        assertThat(seen.timeline()).extracting(PaymentEvent::at)
                .containsExactly(startedAt, startedAt, paidAt, paidAt, paidAt);
    }

    @Test
    void aFailedAttemptsTimeline_endsWithTheReason() {
        attemptLeftAfterAWrongPassword();

        assertThat(InMemoryHexmall.timelineOf(orderFile().payments().getFirst())).containsExactly(
                "CREATED",
                "AWAITING_CONFIRMATION",
                "AWAITING_CONFIRMATION RETURN_RECEIVED",
                "AWAITING_CONFIRMATION WRONG_PAYMENT_PASSWORD",
                "FAILED WRONG_PAYMENT_PASSWORD");
    }

    @Test
    void aPaymentConfirmedByTheProvidersNotification_showsItAndTheReturnThatCameAfter() {
        try (WalletNotifyEndpoint notifyEndpoint = WalletNotifyEndpoint.startedFor(hexmall)) {
            URI payPage = InMemoryHexmall.payPage(hexmall.pay(customer, order));
            Map<String, String> result = hexmall.payInWalletApp(ALIPAY, payPage);
            hexmall.comeBackFromPaying(customer, result);
            assertThat(notifyEndpoint.received()).as("the provider's notification").hasSize(1);
        }

        assertThat(InMemoryHexmall.timelineOf(orderFile().payments().getFirst())).containsExactly(
                "CREATED",
                "AWAITING_CONFIRMATION",
                "AWAITING_CONFIRMATION NOTIFICATION_RECEIVED",
                "SUCCEEDED",
                "SUCCEEDED RETURN_RECEIVED",
                "SUCCEEDED DUPLICATE_IGNORED");
    }

    @Test
    void anOrderTheStoreDoesNotHave_showsNothing() {
        assertThat(hexmall.viewOrderForAgent.view(new OrderId(UUID.randomUUID()))).isEmpty();
    }

    private PaymentId cancelledAttempt() {
        PayResult started = hexmall.pay(customer, order);
        hexmall.comeBackFromPaying(customer, hexmall.leavePayPage(ALIPAY, InMemoryHexmall.payPage(started)));
        return InMemoryHexmall.paymentOf(started);
    }

    private PaymentId attemptLeftAfterAWrongPassword() {
        PayResult started = hexmall.pay(customer, order);
        URI payPage = InMemoryHexmall.payPage(started);
        hexmall.typePaymentPassword(ALIPAY, payPage, WRONG_PASSWORD);
        hexmall.comeBackFromPaying(customer, hexmall.leavePayPage(ALIPAY, payPage));
        return InMemoryHexmall.paymentOf(started);
    }

    private PaymentId attemptWhileTheProviderIsDown() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        PayResult started = hexmall.pay(customer, order);
        hexmall.wallets.faults().remove(ALIPAY);
        return InMemoryHexmall.paymentOf(started);
    }

    private OrderFile orderFile() {
        return hexmall.viewOrderForAgent.view(order)
                .orElseThrow(() -> new AssertionError("the console shows no order " + order));
    }
}
