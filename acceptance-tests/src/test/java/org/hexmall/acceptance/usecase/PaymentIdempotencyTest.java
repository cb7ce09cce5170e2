package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.Shelf.CANDY;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.application.port.in.checkout.CartChange;
import org.hexmall.application.port.in.checkout.Settlement;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.simulator.wallet.fault.Fault;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A double click, a reloaded form or a client that retries sends the same request again: the payment form's
 * one-time key makes it count once, and a payment under way is continued rather than started twice.
 */
class PaymentIdempotencyTest {

    private static final String PHONE = "13800138000";
    private static final String FORM_KEY = "pay-form-7c1e4a";

    @AutoClose
    private final InMemoryHexmall hexmall = InMemoryHexmall.allowingWallets(2);
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final BindingId alipay = hexmall.walletBound(customer, PHONE, ALIPAY, "13800000001");
    private final OrderId order;

    PaymentIdempotencyTest() {
        hexmall.stock(TEA, CANDY);
        order = hexmall.orderOf(customer, TEA);
    }

    @Test
    void theSameFormSentTwice_answersTheSameAndStartsOnePayment() {
        PayResult first = hexmall.payWithKey(customer, order, Optional.empty(), FORM_KEY);

        PayResult second = hexmall.payWithKey(customer, order, Optional.empty(), FORM_KEY);

        assertThat(first).isInstanceOf(PayResult.GoToWallet.class);
        assertThat(second).isEqualTo(first);
        assertThat(hexmall.wallets.payments().all()).hasSize(1);
    }

    @Test
    void theSameFormSentAgainOnceTheProviderIsBack_answersWhatTheFirstGotAndStartsNothing() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        PayResult first = hexmall.payWithKey(customer, order, Optional.empty(), FORM_KEY);
        hexmall.wallets.faults().remove(ALIPAY);

        PayResult resent = hexmall.payWithKey(customer, order, Optional.empty(), FORM_KEY);

        assertThat(first).isInstanceOf(PayResult.Failed.class);
        assertThat(resent).isEqualTo(first);
        assertThat(hexmall.wallets.payments().all()).isEmpty();
    }

    @Test
    void theSameKeyWithAnotherWallet_isRefusedAsReusedAndStartsNothing() {
        BindingId wechat = hexmall.walletBound(customer, PHONE, WECHAT_PAY, "13800000002");
        hexmall.payWithKey(customer, order, Optional.of(alipay), FORM_KEY);

        PayResult withAnotherWallet = hexmall.payWithKey(customer, order, Optional.of(wechat), FORM_KEY);

        assertThat(withAnotherWallet).isEqualTo(new PayResult.KeyReused());
        assertThat(hexmall.wallets.payments().all()).singleElement()
                .satisfies(payment -> assertThat(payment.provider()).isEqualTo(ALIPAY));
    }

    @Test
    void pressingPayAgainWhileThePaymentAwaitsConfirmation_continuesTheSamePayment() {
        PayResult first = hexmall.pay(customer, order);

        PayResult again = hexmall.pay(customer, order);

        assertThat(again).isEqualTo(first);
        assertThat(hexmall.wallets.payments().all()).hasSize(1);
    }

    @Test
    void anotherCustomerSendingTheSameKey_getsTheirOwnPayment() {
        String phone = "13900139000";
        CustomerId hanMeimei = hexmall.registeredCustomer(phone, "", "韩梅梅", "other-pass-99");
        hexmall.walletBound(hanMeimei, phone, ALIPAY, "13900000009");
        PayResult mine = hexmall.payWithKey(customer, order, Optional.empty(), FORM_KEY);

        PayResult hers = hexmall.payWithKey(hanMeimei, hexmall.orderOf(hanMeimei, CANDY), Optional.empty(), FORM_KEY);

        assertThat(hers).isInstanceOf(PayResult.GoToWallet.class);
        assertThat(InMemoryHexmall.paymentOf(hers)).isNotEqualTo(InMemoryHexmall.paymentOf(mine));
        assertThat(hexmall.wallets.payments().all()).hasSize(2);
    }

    @Test
    void twoHundredIdenticalSubmissionsAtOnce_startOnePaymentAndAllAreSentToTheSamePage() throws Exception {
        int callers = 200;
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            List<Future<PayResult>> answers = new ArrayList<>();
            for (int caller = 0; caller < callers; caller++) {
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return hexmall.payWithKey(customer, order, Optional.empty(), FORM_KEY);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).as("every caller is ready").isTrue();
            go.countDown();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            List<PayResult> results = new ArrayList<>();
            for (Future<PayResult> answer : answers) {
                results.add(answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }

            assertThat(hexmall.wallets.payments().all()).hasSize(1);
            assertThat(results.getFirst()).isInstanceOf(PayResult.GoToWallet.class);
            assertThat(results).containsOnly(results.getFirst());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aKeyIsKeptForADay_soUsingItForAnotherOrderIsStillRefused() {
        hexmall.payWithKey(customer, order, Optional.empty(), FORM_KEY);
        hexmall.clock.advance(Duration.ofHours(24));
        OrderId nextOrder = hexmall.orderOf(customer, CANDY);

        int forgotten = hexmall.forgetExpiredIdempotencyKeys.forgetExpired();

        assertThat(forgotten).isZero();
        assertThat(hexmall.payWithKey(customer, nextOrder, Optional.empty(), FORM_KEY))
                .isEqualTo(new PayResult.KeyReused());
    }

    @Test
    void afterADay_theKeyIsForgottenAndTheSameKeyStartsAfresh() {
        hexmall.payWithKey(customer, order, Optional.empty(), FORM_KEY);
        hexmall.clock.advance(Duration.ofHours(24).plusSeconds(1));
        OrderId nextOrder = hexmall.orderOf(customer, CANDY);

        int forgotten = hexmall.forgetExpiredIdempotencyKeys.forgetExpired();

        assertThat(forgotten).isOne();
        PayResult result = hexmall.payWithKey(customer, nextOrder, Optional.empty(), FORM_KEY);
        assertThat(result).isInstanceOf(PayResult.GoToWallet.class);
        assertThat(hexmall.wallets.payments().find(ALIPAY, InMemoryHexmall.paymentOf(result))
                .orElseThrow().orderNumber())
                .isEqualTo(hexmall.order(nextOrder).number().grouped());
    }

    @Test
    void settlingTwiceWithTheSameKey_makesOneOrderAndAnswersTheFirstSettlementAgain() {
        String settleKey = "settle-form-91ab";
        hexmall.changeCart.change(new CartChange.Add(customer, CANDY.id(), 2));
        Settlement first = hexmall.settleCart.settle(customer, Optional.of(new IdempotencyKey(settleKey)));

        Settlement second = hexmall.settleCart.settle(customer, Optional.of(new IdempotencyKey(settleKey)));

        assertThat(first).isInstanceOf(Settlement.Settled.class);
        assertThat(second).isEqualTo(first);
        assertThat(hexmall.ordersOf(customer)).extracting(Order::id)
                .containsExactlyInAnyOrder(order, ((Settlement.Settled) first).orderId());
    }
}
