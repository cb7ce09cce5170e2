package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.Shelf.CHARGER;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.net.URI;
import java.time.Duration;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentReturn;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.simulator.wallet.payment.SimulatedPayment;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The customer pays a settled order with a bound wallet: the store sends them to the wallet app, they type the
 * payment password there and come back to a paid order.
 */
class PayForOrderTest {

    private static final String PHONE = "13800138000";
    private static final String STRANGER_PHONE = "13900139000";
    /** Tea and a charger: ¥29.90 + ¥89.00. */
    private static final Money TOTAL = Money.ofYuan(118, 90);

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final WalletAccountIdentifier alipayAccount = hexmall.walletAccountAt(ALIPAY, "13800000001");
    private final BindingId alipay = hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
    private final OrderId order;

    PayForOrderTest() {
        hexmall.stock(TEA, CHARGER);
        order = hexmall.orderOf(customer, TEA, CHARGER);
    }

    @Test
    void payingWithThePreferredWallet_sendsTheCustomerToTheWalletAppWithTheOrdersNumberAndAmount() {
        URI payPage = InMemoryHexmall.payPage(hexmall.pay(customer, order));

        SimulatedPayment shownInTheWalletApp = hexmall.wallets
                .payments().onPage(ALIPAY, InMemoryHexmall.lastSegmentOf(payPage)).orElseThrow();
        assertThat(shownInTheWalletApp.orderNumber()).isEqualTo(hexmall.order(order).number().grouped());
        assertThat(shownInTheWalletApp.amountFen()).isEqualTo(TOTAL.fen());
        assertThat(shownInTheWalletApp.account()).isEqualTo(alipayAccount);
    }

    @Test
    void untilTheCustomerConfirms_thePaymentAwaitsConfirmationAndTheOrderIsUnpaid() {
        PaymentId payment = InMemoryHexmall.paymentOf(hexmall.pay(customer, order));

        assertThat(hexmall.paymentSeenBy(customer, payment).status()).isEqualTo(PaymentStatus.AWAITING_CONFIRMATION);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00);
    }

    @Test
    void theRightPasswordAndComingBack_paysTheOrderAtOnce() {
        PayResult started = hexmall.pay(customer, order);

        PaymentReturn back = hexmall.comeBackFromPaying(customer,
                hexmall.payInWalletApp(ALIPAY, InMemoryHexmall.payPage(started)));

        assertThat(back).isInstanceOfSatisfying(PaymentReturn.Paid.class, paid -> {
            assertThat(paid.payment().id()).isEqualTo(InMemoryHexmall.paymentOf(started));
            assertThat(paid.payment().status()).isEqualTo(PaymentStatus.SUCCEEDED);
            assertThat(paid.payment().orderNumber()).isEqualTo(hexmall.order(order).number());
            assertThat(paid.payment().amount()).isEqualTo(TOTAL);
            assertThat(paid.payment().provider()).isEqualTo(ALIPAY);
        });
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void paying_debitsTheWalletByExactlyTheOrderTotal() {
        hexmall.paid(customer, order, ALIPAY);

        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00 - TOTAL.fen());
    }

    @Test
    void anOrderPaidAlready_hasNothingMoreToPayAndIsNotChargedAgain() {
        hexmall.paid(customer, order, ALIPAY);

        PayResult again = hexmall.pay(customer, order);

        assertThat(again).isEqualTo(new PayResult.AlreadyPaid(order));
        assertThat(hexmall.wallets.payments().all()).hasSize(1);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00 - TOTAL.fen());
    }

    @Test
    void anOrderWhoseTimeToPayRanOut_isClosedAndCannotBePaid() {
        hexmall.clock.advance(InMemoryHexmall.CHECKOUT.unpaidOrderTimeout());

        PayResult result = hexmall.pay(customer, order);

        assertThat(result).isEqualTo(new PayResult.NotPayable(OrderStatus.CLOSED));
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(hexmall.wallets.payments().all()).isEmpty();
    }

    @Test
    void anOrderWithAMinuteLeftToPay_canStillBePaid() {
        hexmall.clock.advance(InMemoryHexmall.CHECKOUT.unpaidOrderTimeout().minus(Duration.ofMinutes(1)));

        hexmall.paid(customer, order, ALIPAY);

        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void anotherCustomersOrder_isNotFoundAndNothingIsStarted() {
        CustomerId stranger = hexmall.registeredCustomer(STRANGER_PHONE, "", "韩梅梅", "other-pass-99");
        hexmall.walletBound(stranger, STRANGER_PHONE, ALIPAY, "13900000009");

        PayResult result = hexmall.pay(stranger, order);

        assertThat(result).isEqualTo(new PayResult.NoSuchOrder());
        assertThat(hexmall.wallets.payments().all()).isEmpty();
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void anotherCustomer_isShownNothingOfThePayment() {
        PaymentId payment = InMemoryHexmall.paymentOf(hexmall.pay(customer, order));
        CustomerId stranger = hexmall.registeredCustomer(STRANGER_PHONE, "", "韩梅梅", "other-pass-99");

        assertThat(hexmall.viewPayment.view(stranger, payment)).isEmpty();
        assertThat(hexmall.viewPayment.view(customer, payment)).isPresent();
    }

    @Test
    void withoutABoundWallet_theCustomerIsAskedToBindOneAndTheOrderStaysPayable() {
        CustomerId newcomer = hexmall.registeredCustomer(STRANGER_PHONE, "", "韩梅梅", "other-pass-99");
        OrderId newcomersOrder = hexmall.orderOf(newcomer, TEA);

        PayResult result = hexmall.pay(newcomer, newcomersOrder);

        assertThat(result).isEqualTo(new PayResult.NoWalletBound());
        assertThat(hexmall.wallets.payments().all()).isEmpty();
        hexmall.walletBound(newcomer, STRANGER_PHONE, ALIPAY, "13900000009");
        assertThat(hexmall.pay(newcomer, newcomersOrder)).isInstanceOf(PayResult.GoToWallet.class);
    }

    @Test
    void choosingAnotherCustomersWallet_isAnsweredAsNoWalletBoundAndChargesNoOne() {
        CustomerId stranger = hexmall.registeredCustomer(STRANGER_PHONE, "", "韩梅梅", "other-pass-99");
        BindingId strangersWallet = hexmall.walletBound(stranger, STRANGER_PHONE, ALIPAY, "13900000009");

        PayResult result = hexmall.payWith(customer, order, strangersWallet);

        assertThat(result).isEqualTo(new PayResult.NoWalletBound());
        assertThat(hexmall.wallets.payments().all()).isEmpty();
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void choosingAWalletUnboundSinceSettling_isAnsweredAsNoWalletBound() {
        hexmall.unbindWallet.unbind(customer, alipay, InMemoryHexmall.CLIENT_ADDRESS);

        PayResult result = hexmall.payWith(customer, order, alipay);

        assertThat(result).isEqualTo(new PayResult.NoWalletBound());
        assertThat(hexmall.wallets.payments().all()).isEmpty();
    }

    @Test
    void choosingTheBoundWallet_paysWithIt() {
        PayResult result = hexmall.payWith(customer, order, alipay);

        PaymentReturn back = hexmall.comeBackFromPaying(customer,
                hexmall.payInWalletApp(ALIPAY, InMemoryHexmall.payPage(result)));

        assertThat(back).isInstanceOf(PaymentReturn.Paid.class);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00 - TOTAL.fen());
    }
}
