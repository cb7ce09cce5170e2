package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.acceptance.usecase.Shelf.CANDY;
import static org.hexmall.acceptance.usecase.Shelf.TEA;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.hexmall.application.port.in.checkout.CartChange;
import org.hexmall.application.port.in.checkout.Settlement;
import org.hexmall.application.port.in.payment.ViewOrderPayments;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class SettleCartTest {

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer("13800138000", "", "李雷", "tea-4two-pots");

    SettleCartTest() {
        hexmall.stock(TEA, CANDY);
    }

    @Test
    void settlingTheCart_makesAnOrderAwaitingPayment() {
        add(TEA, 3);

        OrderId orderId = hexmall.settled(customer);

        assertThat(orderOf(customer, orderId).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void theOrder_isNumberedWithSixteenDigitsStartingWithTodaysDate() {
        add(TEA, 1);

        Settlement settlement = hexmall.settleCart.settle(customer);

        // The store opens at 18:00 on 11 November 2025, Beijing time.
        assertThat(settlement).isInstanceOfSatisfying(Settlement.Settled.class,
                settled -> assertThat(settled.orderNumber().value()).matches("251111\\d{10}"));
    }

    @Test
    void manyOrdersOnOneDay_eachGetANumberOfTheirOwn_thatSaysNothingOfTheNext() {
        List<Long> serialParts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            add(TEA, 1);
            Settlement settlement = hexmall.settleCart.settle(customer);
            String number = ((Settlement.Settled) settlement).orderNumber().value();
            serialParts.add(Long.parseLong(number.substring(6, 15)));
        }

        assertThat(serialParts).doesNotHaveDuplicates();
        long neighbours = IntStream.range(1, serialParts.size())
                .filter(i -> Math.abs(serialParts.get(i) - serialParts.get(i - 1)) < 1_000)
                .count();
        assertThat(neighbours).as("orders one after the other with nearly the same number").isLessThan(3);
    }

    @Test
    void anOrderSettledAfterMidnightInBeijing_isNumberedWithBeijingsDate() {
        add(TEA, 1);
        hexmall.clock.advance(Duration.ofHours(7)); // 17:00 on the 11th in UTC, 01:00 on the 12th in Beijing

        Settlement settlement = hexmall.settleCart.settle(customer);

        assertThat(settlement).isInstanceOfSatisfying(Settlement.Settled.class,
                settled -> assertThat(settled.orderNumber().value()).startsWith("251112"));
    }

    @Test
    void theOrder_holdsTheCartsLinesAtTodaysPrices() {
        add(TEA, 3);
        add(CANDY, 1);

        Order order = orderOf(customer, hexmall.settled(customer));

        assertThat(order.lines())
                .extracting(OrderLine::productId, OrderLine::nameZh, OrderLine::unitPrice, OrderLine::quantity)
                .containsExactly(
                        tuple(TEA.id(), "龙井绿茶 250克", Money.ofYuan(29, 90), 3),
                        tuple(CANDY.id(), "大白兔奶糖", Money.ofFen(5), 1));
        assertThat(order.total()).isEqualTo(Money.ofYuan(89, 75));
    }

    @Test
    void aPriceChangeAfterSettling_doesNotAlterTheOrder() {
        add(TEA, 3);
        OrderId orderId = hexmall.settled(customer);

        hexmall.stock(Shelf.repriced(TEA, Money.ofYuan(25, 0)));

        Order order = orderOf(customer, orderId);
        assertThat(order.lines()).extracting(OrderLine::unitPrice).containsExactly(Money.ofYuan(29, 90));
        assertThat(order.total()).isEqualTo(Money.ofYuan(89, 70));
    }

    @Test
    void afterSettling_theCartIsEmpty() {
        add(TEA, 3);

        hexmall.settled(customer);

        assertThat(hexmall.viewCart.view(customer).isEmpty()).isTrue();
    }

    @Test
    void anEmptyCart_cannotBeSettledAndMakesNoOrder() {
        Settlement settlement = hexmall.settleCart.settle(customer);

        assertThat(settlement).isInstanceOf(Settlement.EmptyCart.class);
        assertThat(hexmall.ordersOf(customer)).isEmpty();
    }

    @Test
    void anotherCustomer_cannotViewTheOrder() {
        add(TEA, 3);
        OrderId orderId = hexmall.settled(customer);
        CustomerId stranger = hexmall.registeredCustomer("13900139000", "", "韩梅梅", "other-pass-99");

        assertThat(hexmall.viewOrderPayments.view(stranger, orderId)).isEmpty();
    }

    private void add(Product product, int quantity) {
        hexmall.changeCart.change(new CartChange.Add(customer, product.id(), quantity));
    }

    private Order orderOf(CustomerId who, OrderId orderId) {
        return hexmall.viewOrderPayments.view(who, orderId)
                .map(ViewOrderPayments.OrderPayments::order)
                .orElseThrow(() -> new AssertionError("order " + orderId + " is not shown to its customer"));
    }
}
