package org.hexmall.domain.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hexmall.domain.checkout.OrderStatus.AWAITING_PAYMENT;
import static org.hexmall.domain.checkout.OrderStatus.CLOSED;
import static org.hexmall.domain.checkout.OrderStatus.PAID;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderTest {

    private static final Instant SETTLED = Instant.parse("2026-11-22T10:00:00Z");
    private static final Duration TIME_TO_PAY = Duration.ofMinutes(30);
    private static final Instant PAID_AT = SETTLED.plus(Duration.ofMinutes(2));
    private static final Instant TIME_IS_UP = SETTLED.plus(TIME_TO_PAY);

    private static final OrderId ORDER = new OrderId(UUID.fromString("6f1c2a3e-0000-4000-8000-000000000101"));
    private static final OrderNumber NUMBER = new OrderNumber("261122045584");
    private static final CustomerId LI_LEI = new CustomerId(UUID.fromString("6f1c2a3e-0000-4000-8000-0000000000aa"));

    private static final Product PHONE = new Product(new ProductId("ELEC-0001"), "Smartphone", "智能手机",
            Category.ELECTRONICS, Money.ofYuan(3_999, 0));
    private static final Product RICE = new Product(new ProductId("FOOD-0007"), "Northeast rice, 5 kg", "东北大米 5公斤",
            Category.GROCERIES, Money.ofYuan(49, 90));

    /** The order's lifecycle, written out once: every move not listed here must be refused. */
    private static final Map<OrderStatus, Set<OrderStatus>> LIFECYCLE = Map.of(
            AWAITING_PAYMENT, EnumSet.of(PAID, CLOSED));

    private final Order order = Order.settle(ORDER, NUMBER, LI_LEI,
            List.of(OrderLine.snapshotOf(PHONE, 1), OrderLine.snapshotOf(RICE, 2)), SETTLED);

    // Settling

    @Test
    void aSettledOrder_awaitsPayment() {
        assertThat(order.status()).isEqualTo(AWAITING_PAYMENT);
        assertThat(order.isPayable()).isTrue();
        assertThat(order.placedAt()).isEqualTo(SETTLED);
    }

    @Test
    void theTotal_isTheSumOfEachLinesPriceTimesQuantity() {
        assertThat(order.total()).isEqualTo(Money.ofYuan(4_098, 80));
    }

    @Test
    void anOrderLine_keepsTheNamesAndPriceTheProductHadWhenSettled() {
        OrderLine line = OrderLine.snapshotOf(RICE, 2);

        assertThat(line.nameEn()).isEqualTo("Northeast rice, 5 kg");
        assertThat(line.nameZh()).isEqualTo("东北大米 5公斤");
        assertThat(line.unitPrice()).isEqualTo(Money.ofYuan(49, 90));
        assertThat(line.total()).isEqualTo(Money.ofYuan(99, 80));
    }

    @Test
    void aLaterPriceChange_reachesNewOrdersButLeavesTheSettledOneAsItWas() {
        Product phoneOnSale = new Product(PHONE.id(), PHONE.nameEn(), PHONE.nameZh(), PHONE.category(),
                Money.ofYuan(2_999, 0));

        assertThat(OrderLine.snapshotOf(phoneOnSale, 1).unitPrice()).isEqualTo(Money.ofYuan(2_999, 0));
        assertThat(order.lines().getFirst().unitPrice()).isEqualTo(Money.ofYuan(3_999, 0));
        assertThat(order.total()).isEqualTo(Money.ofYuan(4_098, 80));
    }

    @Test
    void anOrderWithoutLines_isRefused() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> Order.settle(ORDER, NUMBER, LI_LEI, List.of(), SETTLED))
                .extracting(DomainException::code).isEqualTo("order.empty");
    }

    // Paying and closing

    @Test
    void aPaidOrder_isConfirmedAndNoLongerPayable() {
        order.markPaid(PAID_AT);

        assertThat(order.status()).isEqualTo(PAID);
        assertThat(order.isPayable()).isFalse();
        assertThat(order.statusChangedAt()).isEqualTo(PAID_AT);
    }

    @Test
    void aClosedOrder_isNoLongerPayable() {
        order.close(TIME_IS_UP);

        assertThat(order.status()).isEqualTo(CLOSED);
        assertThat(order.isPayable()).isFalse();
        assertThat(order.statusChangedAt()).isEqualTo(TIME_IS_UP);
    }

    @Test
    void aClosedOrder_cannotBePaid() {
        order.close(TIME_IS_UP);

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> order.markPaid(TIME_IS_UP.plusSeconds(1)))
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("order.illegal-transition");
                    assertThat(refusal.arguments()).containsExactly(CLOSED, PAID);
                });
        assertThat(order.status()).isEqualTo(CLOSED);
    }

    @Test
    void aPaidOrder_cannotBeClosed() {
        order.markPaid(PAID_AT);

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> order.close(TIME_IS_UP))
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("order.illegal-transition");
                    assertThat(refusal.arguments()).containsExactly(PAID, CLOSED);
                });
        assertThat(order.status()).isEqualTo(PAID);
        assertThat(order.statusChangedAt()).isEqualTo(PAID_AT);
    }

    @Test
    void aPaidOrder_cannotBePaidAgain() {
        order.markPaid(PAID_AT);

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> order.markPaid(TIME_IS_UP))
                .extracting(DomainException::code).isEqualTo("order.illegal-transition");
        assertThat(order.statusChangedAt()).isEqualTo(PAID_AT);
    }

    // Time to pay

    @Test
    void anUnpaidOrder_isNotOverdueJustBeforeThirtyMinutes() {
        assertThat(order.isOverdueAt(TIME_IS_UP.minusNanos(1), TIME_TO_PAY)).isFalse();
    }

    @Test
    void anUnpaidOrder_isOverdueAtExactlyThirtyMinutes() {
        assertThat(order.isOverdueAt(TIME_IS_UP, TIME_TO_PAY)).isTrue();
    }

    @Test
    void aPaidOrder_isNeverOverdue() {
        order.markPaid(PAID_AT);

        assertThat(order.isOverdueAt(TIME_IS_UP.plus(Duration.ofDays(1)), TIME_TO_PAY)).isFalse();
    }

    @Test
    void anUnpaidOrder_closesThirtyMinutesAfterItWasSettled() {
        assertThat(order.closesAt(TIME_TO_PAY)).contains(TIME_IS_UP);
    }

    @Test
    void aPaidOrder_hasNoClosingTime() {
        order.markPaid(PAID_AT);

        assertThat(order.closesAt(TIME_TO_PAY)).isEmpty();
    }

    // The lifecycle, move by move

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("movesInTheLifecycle")
    void aMoveInTheLifecycle_isAllowed(OrderStatus from, OrderStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("movesOutsideTheLifecycle")
    void everyOtherMove_isForbidden(OrderStatus from, OrderStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();
    }

    static Stream<Arguments> movesInTheLifecycle() {
        return allMoves().filter(Move::isInTheLifecycle).map(Move::asArguments);
    }

    static Stream<Arguments> movesOutsideTheLifecycle() {
        return allMoves().filter(move -> !move.isInTheLifecycle()).map(Move::asArguments);
    }

    private static Stream<Move> allMoves() {
        return Arrays.stream(OrderStatus.values())
                .flatMap(from -> Arrays.stream(OrderStatus.values()).map(to -> new Move(from, to)));
    }

    private record Move(OrderStatus from, OrderStatus to) {

        boolean isInTheLifecycle() {
            return LIFECYCLE.getOrDefault(from, Set.of()).contains(to);
        }

        Arguments asArguments() {
            return Arguments.of(from, to);
        }
    }
}
