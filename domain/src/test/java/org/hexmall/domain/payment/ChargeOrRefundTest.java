package org.hexmall.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

class ChargeOrRefundTest {

    private static final Instant SETTLED = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant CHARGED = SETTLED.plus(Duration.ofMinutes(2));
    private static final Product RICE = new Product(new ProductId("FOOD-0007"), "Northeast rice, 5 kg",
            "东北大米 5公斤", Category.GROCERIES, Money.ofYuan(49, 90));

    private final Order order = Order.settle(new OrderId(UUID.randomUUID()), new OrderNumber("261122045584"),
            new CustomerId(UUID.randomUUID()), List.of(OrderLine.snapshotOf(RICE, 1)), SETTLED);

    @Test
    void aChargeOfAnOrderAwaitingPayment_paysTheOrder() {
        Payment payment = paymentOf(order);

        assertThat(ChargeOrRefund.charged(payment, order, "trade-1", CHARGED)).isEqualTo(ChargeOrRefund.Outcome.ORDER_PAID);

        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.isRefundDue()).isFalse();
    }

    @Test
    void aSecondChargeOfAPaidOrder_isOwedBackInFull() {
        ChargeOrRefund.charged(paymentOf(order), order, "trade-1", CHARGED);
        Payment second = paymentOf(order);

        assertThat(ChargeOrRefund.charged(second, order, "trade-2", CHARGED)).isEqualTo(ChargeOrRefund.Outcome.OWED_BACK);

        assertThat(second.isRefundDue()).isTrue();
        assertThat(second.isDoublePayment()).isTrue();
        assertThat(order.statusChangedAt()).isEqualTo(CHARGED);
    }

    @Test
    void aChargeOfAnOrderThatClosedUnpaid_isOwedBack() {
        order.close(CHARGED);
        Payment late = paymentOf(order);

        assertThat(ChargeOrRefund.charged(late, order, "trade-1", CHARGED)).isEqualTo(ChargeOrRefund.Outcome.OWED_BACK);

        assertThat(order.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(late.isRefundDue()).isTrue();
    }

    @Test
    void aChargeOfAPaymentWhoseWalletWasUnboundWhileItWaited_isOwedBack_andTheOrderStillAwaitsPayment() {
        Payment unbound = paymentOf(order);
        unbound.withdraw(Withdrawal.WALLET_UNBOUND, SETTLED.plus(Duration.ofMinutes(1)));

        assertThat(ChargeOrRefund.charged(unbound, order, "trade-1", CHARGED))
                .isEqualTo(ChargeOrRefund.Outcome.OWED_BACK);

        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(unbound.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(unbound.isRefundDue()).isTrue();
    }

    @Test
    void aChargeOfAPaymentWhoseAccountWasFrozenWhileItWaited_isOwedBack_andTheOrderStillAwaitsPayment() {
        Payment frozen = paymentOf(order);
        frozen.withdraw(Withdrawal.ACCOUNT_FROZEN, SETTLED.plus(Duration.ofMinutes(1)));

        assertThat(ChargeOrRefund.charged(frozen, order, "trade-1", CHARGED))
                .isEqualTo(ChargeOrRefund.Outcome.OWED_BACK);

        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(frozen.isRefundDue()).isTrue();
    }

    @Test
    void aPaymentOfAnotherOrder_isRefused() {
        Order other = Order.settle(new OrderId(UUID.randomUUID()), new OrderNumber("261122045592"),
                order.customerId(), List.of(OrderLine.snapshotOf(RICE, 1)), SETTLED);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ChargeOrRefund.charged(paymentOf(other), order, "trade-1", CHARGED));
        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    private static Payment paymentOf(Order order) {
        return Payment.create(new PaymentId(UUID.randomUUID()), order.id(), order.number(), order.customerId(),
                new BindingId(UUID.randomUUID()),
                WalletProvider.ALIPAY, order.total(), SETTLED);
    }
}
