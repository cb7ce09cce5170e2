package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.acceptance.usecase.Shelf.TEA;

import java.time.Duration;
import org.hexmall.application.port.in.checkout.CartChange;
import org.hexmall.application.port.in.payment.ViewOrderPayments;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** An order waits thirty minutes for payment ({@code CheckoutSettings.STANDARD}), then closes. */
class CloseOverdueOrdersTest {

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer("13800138000", "", "李雷", "tea-4two-pots");

    CloseOverdueOrdersTest() {
        hexmall.stock(TEA);
    }

    @Test
    void anOrderUnpaidForExactlyThirtyMinutes_isClosed() {
        settledOrder();
        hexmall.clock.advance(Duration.ofMinutes(30));

        int closed = hexmall.closeOverdueOrders.close();

        assertThat(closed).isOne();
        // Read straight from the store: viewing the order would close it by itself.
        assertThat(hexmall.ordersOf(customer)).extracting(Order::status).containsExactly(OrderStatus.CLOSED);
    }

    @Test
    void anOrderUnpaidForTwentyNineMinutesAndFiftyNineSeconds_staysOpen() {
        OrderId orderId = settledOrder();
        hexmall.clock.advance(Duration.ofMinutes(29).plusSeconds(59));

        int closed = hexmall.closeOverdueOrders.close();

        assertThat(closed).isZero();
        assertThat(order(orderId).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void onlyTheOrdersWhoseTimeRanOut_areClosed() {
        OrderId older = settledOrder();
        hexmall.clock.advance(Duration.ofMinutes(20));
        OrderId newer = settledOrder();
        hexmall.clock.advance(Duration.ofMinutes(10));

        hexmall.closeOverdueOrders.close();

        assertThat(hexmall.ordersOf(customer)).extracting(Order::id, Order::status).containsExactlyInAnyOrder(
                tuple(older, OrderStatus.CLOSED),
                tuple(newer, OrderStatus.AWAITING_PAYMENT));
    }

    @Test
    void anOverdueOrder_isShownClosedEvenBeforeTheJobRuns() {
        OrderId orderId = settledOrder();
        hexmall.clock.advance(Duration.ofMinutes(30));

        assertThat(order(orderId).status()).isEqualTo(OrderStatus.CLOSED);
    }

    @Test
    void anOrderClosedWhenItWasViewed_staysClosedAndTheJobFindsNothingLeft() {
        OrderId orderId = settledOrder();
        hexmall.clock.advance(Duration.ofMinutes(30));
        order(orderId);

        assertThat(hexmall.closeOverdueOrders.close()).isZero();
        assertThat(hexmall.ordersOf(customer)).extracting(Order::status).containsExactly(OrderStatus.CLOSED);
    }

    @Test
    void aClosedOrder_canNoLongerBePaid() {
        OrderId orderId = settledOrder();
        hexmall.clock.advance(Duration.ofMinutes(30));
        hexmall.closeOverdueOrders.close();

        Order closed = order(orderId);

        assertThat(closed.isPayable()).isFalse();
        assertThat(closed.closesAt(InMemoryHexmall.CHECKOUT.unpaidOrderTimeout())).isEmpty();
    }

    /** The customer puts tea in the cart and settles it, now. */
    private OrderId settledOrder() {
        hexmall.changeCart.change(new CartChange.Add(customer, TEA.id(), 1));
        return hexmall.settled(customer);
    }

    private Order order(OrderId orderId) {
        return hexmall.viewOrderPayments.view(customer, orderId)
                .map(ViewOrderPayments.OrderPayments::order)
                .orElseThrow(() -> new AssertionError("order " + orderId + " is not shown to its customer"));
    }
}
