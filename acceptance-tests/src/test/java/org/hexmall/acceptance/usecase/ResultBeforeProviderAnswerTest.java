package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentAmount;
import org.hexmall.application.port.in.payment.PaymentReturn;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.payment.PayAttempt;
import org.hexmall.simulator.wallet.payment.SimulatedPayment;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A payment's result can reach the store before the store has recorded the provider's answer to its own
 * request: the customer (or the provider's notification) is quicker than the store's bookkeeping. The result
 * must still settle the payment, or the customer is charged for an order that never becomes paid.
 */
class ResultBeforeProviderAnswerTest {

    private static final String PHONE = "13800138000";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "", "李雷", "tea-4two-pots");

    ResultBeforeProviderAnswerTest() {
        hexmall.stock(TEA);
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
    }

    @Test
    void aResultArrivingWhileTheStoreStillWaitsForTheProvider_paysTheOrder() throws Exception {
        OrderId order = hexmall.orderOf(customer, TEA);
        // The provider takes the request but never answers it: the store waits out its timeout meanwhile.
        hexmall.wallets.faults().inject(ALIPAY, Fault.TIMEOUT);
        CompletableFuture<PayResult> pressingPay = CompletableFuture.supplyAsync(() -> hexmall.pay(customer, order));

        SimulatedPayment atTheProvider = firstPaymentAtTheProvider(Duration.ofSeconds(5));
        assertThat(hexmall.paymentSeenByAgent(atTheProvider.merchantPayment()).status())
                .isEqualTo(PaymentStatus.CREATED);
        PayAttempt paid = hexmall.wallets.payments().pay(ALIPAY, atTheProvider.id(),
                InMemoryHexmall.WALLET_PAYMENT_PASSWORD);
        PaymentReturn back = hexmall.comeBackFromPaying(customer,
                InMemoryHexmall.queryParameters(((PayAttempt.Paid) paid).backToStore()));

        assertThat(back).isInstanceOf(PaymentReturn.Paid.class);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.PAID);
        // The store's own request then ends without undoing the payment, and answers its success, never a failure.
        assertThat(pressingPay.get(5, TimeUnit.SECONDS)).isEqualTo(new PayResult.Paid(atTheProvider.merchantPayment(),
                new PaymentAmount(hexmall.order(order).total(), 0)));
        assertThat(hexmall.paymentSeenByAgent(atTheProvider.merchantPayment()).status())
                .isEqualTo(PaymentStatus.SUCCEEDED);
    }

    /** Polls until the provider has taken the store's request, failing the test after {@code deadline}. */
    private SimulatedPayment firstPaymentAtTheProvider(Duration deadline) {
        long giveUpAt = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < giveUpAt) {
            Optional<SimulatedPayment> found = hexmall.wallets.payments().all().stream().findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.yield();
        }
        throw new AssertionError("the provider never received the store's payment request");
    }
}
