package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.net.URI;
import java.time.Duration;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.simulator.wallet.payment.PayAttempt;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Payments left waiting in the wallet app: the customer closed the browser before coming back, and the
 * provider's notification never got through. Once the customer's time to confirm is over, reconciliation
 * closes the payment at the provider, which either finds it paid (and the order confirmed) or ends it unpaid,
 * so that no charge is lost and no forgotten payment can be charged later.
 */
class AbandonedPaymentsTest {

    private static final String PHONE = "13800138000";
    /** Longer than a payment waits for its customer (PaymentSettings.STANDARD). */
    private static final Duration PAST_THE_CONFIRMATION_WINDOW = Duration.ofMinutes(31);

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "", "李雷", "tea-4two-pots");
    private final WalletAccountIdentifier account;
    private final OrderId order;

    AbandonedPaymentsTest() {
        hexmall.stock(TEA);
        account = hexmall.walletAccountAt(ALIPAY, "13800000001");
        hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
        order = hexmall.orderOf(customer, TEA);
    }

    @Test
    void aPaymentMadeWhoseResultNeverArrived_isFoundPaidWhenItsTimeIsUp() {
        var started = hexmall.pay(customer, order);
        PaymentId payment = InMemoryHexmall.paymentOf(started);
        // Paid in the wallet app; the browser never comes back, and no notification reaches the store.
        hexmall.payInWalletApp(ALIPAY, InMemoryHexmall.payPage(started));
        hexmall.clock.advance(PAST_THE_CONFIRMATION_WINDOW);

        hexmall.reconcilePayments.reconcile();

        assertThat(hexmall.paymentSeenByAgent(payment).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(hexmall.balanceOf(ALIPAY, account)).as("charged once").isEqualTo(500_00 - 29_90);
    }

    @Test
    void aPaymentNeverConfirmed_isClosedWhenItsTimeIsUp_andCanNoLongerBeCharged() {
        var started = hexmall.pay(customer, order);
        PaymentId payment = InMemoryHexmall.paymentOf(started);
        URI payPage = InMemoryHexmall.payPage(started);
        hexmall.clock.advance(PAST_THE_CONFIRMATION_WINDOW);

        hexmall.reconcilePayments.reconcile();
        PayAttempt tooLate = hexmall.typePaymentPassword(ALIPAY, payPage, InMemoryHexmall.WALLET_PAYMENT_PASSWORD);

        assertThat(hexmall.paymentSeenByAgent(payment).status()).as("closed by the store, not by the customer")
                .isEqualTo(PaymentStatus.CLOSED);
        assertThat(tooLate).isInstanceOf(PayAttempt.NotPaid.class);
        assertThat(hexmall.balanceOf(ALIPAY, account)).isEqualTo(500_00);
    }

    @Test
    void aPaymentStillWithinItsTime_isLeftToItsCustomer() {
        var started = hexmall.pay(customer, order);
        hexmall.clock.advance(Duration.ofMinutes(29));

        hexmall.reconcilePayments.reconcile();

        assertThat(hexmall.paymentSeenByAgent(InMemoryHexmall.paymentOf(started)).status())
                .isEqualTo(PaymentStatus.AWAITING_CONFIRMATION);
        assertThat(hexmall.typePaymentPassword(ALIPAY, InMemoryHexmall.payPage(started),
                InMemoryHexmall.WALLET_PAYMENT_PASSWORD)).isInstanceOf(PayAttempt.Paid.class);
    }
}
