package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.service.payment.shared.PaymentSettings;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.simulator.wallet.fault.Fault;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * While the store does not know what became of a payment, nothing else may charge the order: no second payment
 * starts, the pages say the payment is being confirmed, and once it has ended unpaid the order can be paid again.
 */
class PaymentUnderWayTest {

    private static final String PHONE = "13800138000";

    @AutoClose
    private final InMemoryHexmall hexmall = InMemoryHexmall.allowingWallets(2);
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final BindingId alipay = hexmall.walletBound(customer, PHONE, ALIPAY, "13800000001");
    private final BindingId wechat = hexmall.walletBound(customer, PHONE, WECHAT_PAY, "13800000002");
    private final OrderId order;

    PaymentUnderWayTest() {
        hexmall.stock(TEA);
        order = hexmall.orderOf(customer, TEA);
    }

    @Test
    void whileAPaymentIsBeingConfirmed_payingAgainWithAnyWallet_startsNothingAndNamesThatPayment() {
        PaymentId confirming = unansweredPayment();

        PayResult again = hexmall.payWith(customer, order, alipay);
        PayResult withAnother = hexmall.payWith(customer, order, wechat);

        assertThat(again).isEqualTo(new PayResult.PaymentUnderWay(confirming));
        assertThat(withAnother).isEqualTo(new PayResult.PaymentUnderWay(confirming));
        assertThat(hexmall.wallets.payments().all()).hasSize(1);
    }

    @Test
    void whileAPaymentIsBeingConfirmed_theOrderAndPaymentPagesSaySo_andOfferNoPaying() {
        PaymentId confirming = unansweredPayment();

        var options = hexmall.viewPaymentOptions.options(customer, order).orElseThrow();
        var orderPage = hexmall.viewOrderPayments.view(customer, order).orElseThrow();

        assertThat(options.beingConfirmed()).map(PaymentView::id).contains(confirming);
        assertThat(options.canPayNow()).isFalse();
        assertThat(orderPage.beingConfirmed()).map(PaymentView::id).contains(confirming);
        assertThat(orderPage.canPayNow()).isFalse();
    }

    @Test
    void onceThePaymentEndsUnpaid_payingIsOfferedAgainAndWorks() {
        PaymentId confirming = unansweredPayment();
        // The customer finds the payment in the Alipay app anyway, and leaves it there without paying.
        hexmall.wallets.payments().leave(ALIPAY, hexmall.wallets.payments().find(ALIPAY, confirming).orElseThrow().id());
        hexmall.clock.advance(Duration.ofSeconds(30));

        hexmall.reconcilePayments.reconcile();

        // The provider says only that it is closed: for the store, its request went unanswered and nothing was charged.
        PaymentView ended = hexmall.paymentSeenBy(customer, confirming);
        assertThat(ended.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(ended.failureReason()).contains(PaymentFailureReason.PROVIDER_TIMED_OUT);
        assertThat(hexmall.viewOrderPayments.view(customer, order).orElseThrow().canPayNow()).isTrue();
        assertThat(hexmall.payWith(customer, order, wechat)).isInstanceOf(PayResult.GoToWallet.class);
    }

    @Test
    void aPaymentThatFailedAtTheProvider_leavesTheOrderPayableAtOnce() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        PayResult failed = hexmall.payWith(customer, order, alipay);
        hexmall.wallets.faults().remove(ALIPAY);

        var orderPage = hexmall.viewOrderPayments.view(customer, order).orElseThrow();
        PayResult again = hexmall.payWith(customer, order, alipay);

        assertThat(failed).isInstanceOf(PayResult.Failed.class);
        assertThat(orderPage.canPayNow()).isTrue();
        assertThat(again).isInstanceOf(PayResult.GoToWallet.class);
    }

    @Test
    void aPaymentRecordedByARequestThatNeverAskedTheProvider_isClosedByReconciliation_andNoLongerBlocksPaying() {
        // A node stopped between recording the payment and asking the provider: the payment was never sent on.
        PaymentId stranded = hexmall.storage.transactions().inTransaction(() -> {
            Order toPay = hexmall.storage.orders().lockById(order).orElseThrow();
            WalletBinding wallet = hexmall.storage.walletBindings().findById(alipay).orElseThrow();
            Payment payment = Payment.forOrder(new PaymentId(UUID.randomUUID()), toPay, wallet,
                    hexmall.clock.instant());
            hexmall.storage.payments().add(payment);
            return payment.id();
        });
        // The customer presses Pay again a little later. A payment recorded a moment before would be waited for, as
        // the request asking its provider could still answer; one left this long has no request asking for it.
        hexmall.clock.advance(PaymentSettings.PROVIDER_ANSWER_WAIT.plusSeconds(1));
        assertThat(hexmall.payWith(customer, order, wechat)).isEqualTo(new PayResult.PaymentUnderWay(stranded));

        hexmall.clock.advance(Duration.ofSeconds(11));
        hexmall.reconcilePayments.reconcile();

        PaymentView settled = hexmall.paymentSeenBy(customer, stranded);
        assertThat(settled.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(settled.failureReason()).contains(PaymentFailureReason.PROVIDER_UNAVAILABLE);
        assertThat(hexmall.payWith(customer, order, wechat)).isInstanceOf(PayResult.GoToWallet.class);
    }

    @Test
    void aPaymentOfAnOrderThatClosed_isClosedAtItsProviderAtTheNextPass_withoutWaitingForItsOwnTime() {
        PayResult started = hexmall.payWith(customer, order, alipay);
        hexmall.clock.advance(InMemoryHexmall.CHECKOUT.unpaidOrderTimeout().minusMinutes(1));
        PayResult latest = hexmall.payWith(customer, order, alipay);
        hexmall.clock.advance(Duration.ofMinutes(1));
        hexmall.closeOverdueOrders.close();

        hexmall.reconcilePayments.reconcile();

        PaymentId payment = InMemoryHexmall.paymentOf(started);
        assertThat(latest).isEqualTo(started);
        assertThat(hexmall.paymentSeenBy(customer, payment).status()).isEqualTo(PaymentStatus.CLOSED);
        assertThat(hexmall.paymentSeenBy(customer, payment).lastWord()).isEqualTo("CLOSED");
    }

    @Test
    void theSameKeySentAfterThePaymentSucceeded_answersItsSuccess() {
        PayResult first = hexmall.payWithKey(customer, order, Optional.of(alipay), "form-key-1");
        hexmall.comeBackFromPaying(customer, hexmall.payInWalletApp(ALIPAY, InMemoryHexmall.payPage(first)));

        PayResult resent = hexmall.payWithKey(customer, order, Optional.of(alipay), "form-key-1");

        assertThat(resent).isEqualTo(new PayResult.Paid(InMemoryHexmall.paymentOf(first),
                ((PayResult.GoToWallet) first).charge()));
    }

    @Test
    void aKeyLongerThanTheLimit_isRefusedBeforeAnythingHappens() {
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> new IdempotencyKey("k".repeat(IdempotencyKey.MAX_LENGTH + 1)))
                .satisfies(refused -> assertThat(refused.errors()).singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("idempotencyKey")));
        assertThatExceptionOfType(InvalidCommandException.class).isThrownBy(() -> new IdempotencyKey(" "));
        assertThat(hexmall.wallets.payments().all()).isEmpty();
    }

    @Test
    void aLookAtAPaymentThatMayWait_answersAsSoonAsThePaymentChanges() throws Exception {
        PayResult started = hexmall.payWith(customer, order, alipay);
        PaymentId payment = InMemoryHexmall.paymentOf(started);
        long before = System.nanoTime();

        CompletableFuture<PaymentView> waiting = CompletableFuture.supplyAsync(
                () -> hexmall.viewPayment.view(customer, payment, Duration.ofSeconds(10)).orElseThrow());
        hexmall.comeBackFromPaying(customer, hexmall.payInWalletApp(ALIPAY, InMemoryHexmall.payPage(started)));

        assertThat(waiting.get(9, TimeUnit.SECONDS).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(9));
    }

    @Test
    void aLookAtASettledPayment_neverWaits() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        PaymentId failed = InMemoryHexmall.paymentOf(hexmall.payWith(customer, order, alipay));
        long before = System.nanoTime();

        PaymentView seen = hexmall.viewPayment.view(customer, failed, Duration.ofSeconds(10)).orElseThrow();

        assertThat(seen.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
    }

    /** The customer presses "Pay" with Alipay while Alipay does not answer; it is back right after. */
    private PaymentId unansweredPayment() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.TIMEOUT);
        PayResult result = hexmall.payWith(customer, order, alipay);
        hexmall.wallets.faults().remove(ALIPAY);
        assertThat(result).isInstanceOf(PayResult.Confirming.class);
        return InMemoryHexmall.paymentOf(result);
    }
}
