package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.Shelf.CHARGER;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentReturn;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.wallet.ReceiveWalletNotice.NoticeOutcome;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.simulator.wallet.fault.Fault;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A payment's result reaches the store twice: the wallet app sends the customer's browser back with it, and the
 * provider notifies the store server to server, retrying until acknowledged. The first genuine one settles the
 * payment and confirms the order; every other is noted and changes nothing. A result the store cannot trust
 * changes nothing at all.
 */
class PaymentResultsTest {

    private static final String PHONE = "13800138000";
    /** Tea and a charger: ¥29.90 + ¥89.00. */
    private static final Money TOTAL = Money.ofYuan(118, 90);

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final WalletAccountIdentifier alipayAccount = hexmall.walletAccountAt(ALIPAY, "13800000001");
    private final OrderId order;
    private final PayResult started;
    private final URI payPage;
    private final PaymentId payment;

    PaymentResultsTest() {
        hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
        hexmall.stock(TEA, CHARGER);
        order = hexmall.orderOf(customer, TEA, CHARGER);
        started = hexmall.pay(customer, order);
        payPage = InMemoryHexmall.payPage(started);
        payment = InMemoryHexmall.paymentOf(started);
    }

    /** The store's notify endpoint is up, so the provider's notifications reach it. */
    @Nested
    class WhenTheProviderNotifiesTheStore {

        @AutoClose
        private final WalletNotifyEndpoint notifyEndpoint = WalletNotifyEndpoint.startedFor(hexmall);

        @Test
        void theNotificationAlone_confirmsTheOrderWhenTheCustomerNeverComesBack() {
            hexmall.payInWalletApp(ALIPAY, payPage);

            assertThat(notifyEndpoint.received()).singleElement()
                    .satisfies(notice -> assertThat(notice.outcome()).isEqualTo(NoticeOutcome.APPLIED));
            assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.PAID);
            assertThat(hexmall.paymentSeenBy(customer, payment).status()).isEqualTo(PaymentStatus.SUCCEEDED);
            assertThat(InMemoryHexmall.timesNoted(hexmall.paymentSeenByAgent(payment),
                    PaymentNote.NOTIFICATION_RECEIVED)).isOne();
        }

        @Test
        void comingBackAfterTheNotification_showsThePaidOrderAndIsNotedAsADuplicate() {
            Map<String, String> result = hexmall.payInWalletApp(ALIPAY, payPage);
            hexmall.clock.advance(Duration.ofSeconds(5));

            PaymentReturn back = hexmall.comeBackFromPaying(customer, result);

            assertThat(back).isInstanceOfSatisfying(PaymentReturn.Paid.class,
                    paid -> assertThat(paid.payment().id()).isEqualTo(payment));
            PaymentView seenByAgent = hexmall.paymentSeenByAgent(payment);
            assertThat(InMemoryHexmall.timesNoted(seenByAgent, PaymentNote.DUPLICATE_IGNORED)).isOne();
            assertThat(succeededSteps(seenByAgent)).hasSize(1);
            assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00 - TOTAL.fen());
        }

        @Test
        void aNotificationReceivedAgain_isAcknowledgedAsDoneAndChangesNothing() {
            hexmall.payInWalletApp(ALIPAY, payPage);
            Instant paidAt = hexmall.order(order).statusChangedAt();
            hexmall.clock.advance(Duration.ofMinutes(4));

            NoticeOutcome again = hexmall.receiveWalletNotice.receive(ALIPAY,
                    notifyEndpoint.received().getFirst().parameters());

            assertThat(again).isEqualTo(NoticeOutcome.ALREADY_DONE);
            PaymentView seenByAgent = hexmall.paymentSeenByAgent(payment);
            assertThat(InMemoryHexmall.timesNoted(seenByAgent, PaymentNote.DUPLICATE_IGNORED)).isOne();
            assertThat(succeededSteps(seenByAgent)).hasSize(1);
            assertThat(hexmall.order(order).statusChangedAt()).isEqualTo(paidAt);
            assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00 - TOTAL.fen());
        }

        @Test
        void aProviderThatNotifiesThreeTimes_paysTheOrderOnceAndChargesOnce() {
            hexmall.wallets.faults().inject(ALIPAY, Fault.DUPLICATE_NOTIFICATIONS);

            hexmall.payInWalletApp(ALIPAY, payPage);

            assertThat(notifyEndpoint.received()).extracting(WalletNotifyEndpoint.Received::outcome)
                    .containsExactly(NoticeOutcome.APPLIED, NoticeOutcome.ALREADY_DONE, NoticeOutcome.ALREADY_DONE);
            PaymentView seenByAgent = hexmall.paymentSeenByAgent(payment);
            assertThat(succeededSteps(seenByAgent)).hasSize(1);
            assertThat(InMemoryHexmall.timesNoted(seenByAgent, PaymentNote.DUPLICATE_IGNORED)).isEqualTo(2);
            assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.PAID);
            assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00 - TOTAL.fen());
        }
    }

    /** No notify endpoint runs: only the browser brings results back, and the store has heard nothing else. */
    @Nested
    class WhenOnlyTheBrowserComesBack {

        @Test
        void aResultWithATamperedAmount_isUntrustedAndChangesNothing() {
            Map<String, String> tampered = new HashMap<>(hexmall.payInWalletApp(ALIPAY, payPage));
            tampered.put("amount_fen", "1");

            PaymentReturn back = hexmall.comeBackFromPaying(customer, tampered);

            assertThat(back).isInstanceOf(PaymentReturn.Untrusted.class);
            assertNothingChanged();
        }

        @Test
        void aResultWithATamperedOrderNumber_isUntrustedAndChangesNothing() {
            Map<String, String> tampered = new HashMap<>(hexmall.payInWalletApp(ALIPAY, payPage));
            String number = tampered.get("order_number");
            int lastDigit = number.charAt(number.length() - 1) - '0';
            tampered.put("order_number", number.substring(0, number.length() - 1) + (lastDigit + 1) % 10);

            PaymentReturn back = hexmall.comeBackFromPaying(customer, tampered);

            assertThat(back).isInstanceOf(PaymentReturn.Untrusted.class);
            assertNothingChanged();
        }

        @Test
        void aTamperedResultSentAsANotification_isRefusedAndChangesNothing() {
            Map<String, String> tampered = new HashMap<>(hexmall.payInWalletApp(ALIPAY, payPage));
            tampered.put("amount_fen", "1");

            NoticeOutcome outcome = hexmall.receiveWalletNotice.receive(ALIPAY, tampered);

            assertThat(outcome).isEqualTo(NoticeOutcome.REFUSED);
            assertNothingChanged();
        }

        @Test
        void anotherCustomerComingBackWithTheResult_isUntrustedAndChangesNothing() {
            Map<String, String> result = hexmall.payInWalletApp(ALIPAY, payPage);
            CustomerId stranger = hexmall.registeredCustomer("13900139000", "", "韩梅梅", "other-pass-99");

            PaymentReturn back = hexmall.comeBackFromPaying(stranger, result);

            assertThat(back).isInstanceOf(PaymentReturn.Untrusted.class);
            assertNothingChanged();
        }

        @Test
        void afterAnUntrustedResult_theGenuineOneStillConfirmsTheOrder() {
            Map<String, String> result = hexmall.payInWalletApp(ALIPAY, payPage);
            Map<String, String> tampered = new HashMap<>(result);
            tampered.put("amount_fen", "1");
            hexmall.comeBackFromPaying(customer, tampered);

            PaymentReturn back = hexmall.comeBackFromPaying(customer, result);

            assertThat(back).isInstanceOf(PaymentReturn.Paid.class);
            assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.PAID);
        }

        @Test
        void comingBackTwice_showsThePaidOrderBothTimesAndNotesTheSecondAsADuplicate() {
            Map<String, String> result = hexmall.payInWalletApp(ALIPAY, payPage);
            hexmall.comeBackFromPaying(customer, result);

            PaymentReturn reloaded = hexmall.comeBackFromPaying(customer, result);

            assertThat(reloaded).isInstanceOf(PaymentReturn.Paid.class);
            PaymentView seenByAgent = hexmall.paymentSeenByAgent(payment);
            assertThat(succeededSteps(seenByAgent)).hasSize(1);
            assertThat(InMemoryHexmall.timesNoted(seenByAgent, PaymentNote.DUPLICATE_IGNORED)).isOne();
        }

        /** The payment still awaits its confirmation with nothing added to its timeline, and the order is unpaid. */
        private void assertNothingChanged() {
            PaymentView seenByAgent = hexmall.paymentSeenByAgent(payment);
            assertThat(seenByAgent.status()).isEqualTo(PaymentStatus.AWAITING_CONFIRMATION);
            assertThat(InMemoryHexmall.timelineOf(seenByAgent))
                    .containsExactly("CREATED", "AWAITING_CONFIRMATION");
            assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        }
    }

    private static List<PaymentEvent> succeededSteps(PaymentView payment) {
        return payment.timeline().stream()
                .filter(event -> event instanceof PaymentEvent.Moved && event.status() == PaymentStatus.SUCCEEDED)
                .toList();
    }
}
