package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.customer;
import static org.hexmall.application.port.out.persistence.Examples.order;
import static org.hexmall.application.port.out.persistence.Examples.orderNumber;
import static org.hexmall.domain.catalog.Category.BOOKS;
import static org.hexmall.domain.catalog.Category.ELECTRONICS;
import static org.hexmall.domain.catalog.Category.GROCERIES;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.checkout.OrderNumberPermutation;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Orders} adapter must do. Each test starts with empty stores; orders belong to customers
 * that exist, so the tests add them through {@link #customers()}, and {@link #transactions()} of the same
 * adapter shows that a failed unit of work leaves orders as they were, and that a locked order waits for the
 * transaction that holds it.
 */
public abstract class OrdersContract {

    /** Long enough for a slow build machine, short enough that a lock never released fails the test soon. */
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private static final OrderLine EARBUDS = new OrderLine(new ProductId("ELEC-0001"), "Wireless earbuds", "无线耳机",
            ELECTRONICS, Money.ofYuan(999, 0), 1);
    private static final OrderLine RICE = new OrderLine(new ProductId("FOOD-0001"), "Northeast rice, 5 kg",
            "东北大米 5公斤", GROCERIES, Money.ofYuan(59, 90), 3);
    private static final OrderLine NOVEL = new OrderLine(new ProductId("BOOK-0001"), "The Three-Body Problem",
            "三体", BOOKS, Money.ofYuan(45, 0), 2);

    protected abstract Orders orders();

    protected abstract Customers customers();

    protected abstract TransactionRunner transactions();

    @Test
    void givenAddedOrder_findById_returnsEveryLineInOrderAndTheStatus() {
        Order order = order(storedCustomer("13800000001"), orderNumber(1), NOW, List.of(RICE, EARBUDS, NOVEL));
        orders().add(order);

        Order found = orders().findById(order.id()).orElseThrow();

        assertThat(found).usingRecursiveComparison().isEqualTo(order);
        assertThat(found.lines()).containsExactly(RICE, EARBUDS, NOVEL);
        assertThat(found.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(found.total()).isEqualTo(Money.ofYuan(1_268, 70));
    }

    @Test
    void givenAddedOrder_findByNumber_findsIt() {
        Order order = order(storedCustomer("13800000001"), orderNumber(1), NOW, List.of(EARBUDS));
        orders().add(order);

        assertThat(orders().findByNumber(orderNumber(1))).get().usingRecursiveComparison().isEqualTo(order);
    }

    @Test
    void givenOrdersWithASixteenAndATwelveDigitNumber_findByNumber_findsEach() {
        CustomerId liLei = storedCustomer("13800000001");
        OrderNumber issued = OrderNumber.issue(LocalDate.of(2026, 12, 6), 51,
                OrderNumberPermutation.forOrderNumbers(new byte[32]));
        Order sixteen = order(liLei, issued, NOW, List.of(EARBUDS));
        Order twelve = order(liLei, orderNumber(1), NOW, List.of(RICE));
        orders().add(sixteen);
        orders().add(twelve);

        assertThat(orders().findByNumber(OrderNumber.parse(issued.grouped()))).get()
                .usingRecursiveComparison().isEqualTo(sixteen);
        assertThat(orders().findByNumber(orderNumber(1))).get().extracting(Order::id).isEqualTo(twelve.id());
    }

    @Test
    void givenUnknownIdOrNumber_finders_findNothing() {
        orders().add(order(storedCustomer("13800000001"), orderNumber(1), NOW, List.of(EARBUDS)));

        assertThat(orders().findById(new OrderId(UUID.randomUUID()))).isEmpty();
        assertThat(orders().findByNumber(orderNumber(2))).isEmpty();
    }

    @Test
    void givenPaidOrder_update_keepsTheStatusAndWhenItChanged() {
        Order order = order(storedCustomer("13800000001"), orderNumber(1), NOW, List.of(EARBUDS));
        orders().add(order);

        // As the use cases do it: load, take one step, update.
        Order loaded = orders().findById(order.id()).orElseThrow();
        loaded.markPaid(NOW.plus(Duration.ofMinutes(3)));
        orders().update(loaded);

        Order stored = orders().findById(order.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(OrderStatus.PAID);
        assertThat(stored.statusChangedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(3)));
        assertThat(stored.placedAt()).isEqualTo(NOW);
        assertThat(stored.lines()).containsExactly(EARBUDS);
    }

    @Test
    void givenClosedOrder_update_keepsTheStatusAndWhenItChanged() {
        Order order = order(storedCustomer("13800000001"), orderNumber(1), NOW, List.of(EARBUDS));
        orders().add(order);
        order.close(NOW.plus(Duration.ofMinutes(30)));

        orders().update(order);

        Order stored = orders().findById(order.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(stored.statusChangedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(stored.isPayable()).isFalse();
    }

    @Test
    void givenOrderNumberTaken_anotherOrderWithIt_isRefused() {
        CustomerId liLei = storedCustomer("13800000001");
        Order first = order(liLei, orderNumber(1), NOW, List.of(EARBUDS));
        orders().add(first);

        assertThatThrownBy(() -> orders().add(order(liLei, orderNumber(1), NOW, List.of(RICE))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(orders().findByNumber(orderNumber(1))).get().extracting(Order::id).isEqualTo(first.id());
        assertThat(orders().findByCustomer(liLei)).hasSize(1);
    }

    @Test
    void givenOrdersOfTwoCustomers_findByCustomer_listsOnlyTheirsNewestFirst() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13900000002");
        Order oldest = order(liLei, orderNumber(1), NOW.minus(Duration.ofDays(2)), List.of(EARBUDS));
        Order newest = order(liLei, orderNumber(2), NOW, List.of(RICE, NOVEL));
        Order middle = order(liLei, orderNumber(3), NOW.minus(Duration.ofDays(1)), List.of(NOVEL));
        orders().add(oldest);
        orders().add(newest);
        orders().add(order(hanMeimei, orderNumber(4), NOW, List.of(EARBUDS)));
        orders().add(middle);

        List<Order> found = orders().findByCustomer(liLei);

        assertThat(idsOf(found)).containsExactly(newest.id(), middle.id(), oldest.id());
        assertThat(found.getFirst().lines()).containsExactly(RICE, NOVEL);
    }

    @Test
    void givenCustomerWithoutOrders_findByCustomer_isEmpty() {
        orders().add(order(storedCustomer("13800000001"), orderNumber(1), NOW, List.of(EARBUDS)));

        assertThat(orders().findByCustomer(storedCustomer("13900000002"))).isEmpty();
    }

    @Test
    void findAwaitingPaymentPlacedBefore_findsOnlyUnpaidOrdersPlacedStrictlyBeforeTheCutoff_oldestFirst() {
        CustomerId liLei = storedCustomer("13800000001");
        Instant cutoff = NOW;
        Order older = order(liLei, orderNumber(1), cutoff.minus(Duration.ofMinutes(40)), List.of(EARBUDS));
        Order newer = order(liLei, orderNumber(2), cutoff.minus(Duration.ofMinutes(31)), List.of(RICE));
        Order paid = order(liLei, orderNumber(3), cutoff.minus(Duration.ofMinutes(50)), List.of(NOVEL));
        paid.markPaid(cutoff.minus(Duration.ofMinutes(45)));
        Order closed = order(liLei, orderNumber(4), cutoff.minus(Duration.ofMinutes(60)), List.of(NOVEL));
        closed.close(cutoff.minus(Duration.ofMinutes(55)));
        List.of(newer, paid, closed, older,
                order(liLei, orderNumber(5), cutoff, List.of(EARBUDS)),
                order(liLei, orderNumber(6), cutoff.plus(Duration.ofMinutes(1)), List.of(EARBUDS)))
                .forEach(orders()::add);

        assertThat(idsOf(orders().findAwaitingPaymentPlacedBefore(cutoff))).containsExactly(older.id(), newer.id());
    }

    @Test
    void lockAwaitingPaymentPlacedBefore_locksUpToTheLimitOfUnpaidOrdersPlacedBeforeTheCutoff_oldestFirst() {
        CustomerId liLei = storedCustomer("13800000001");
        Order oldest = order(liLei, orderNumber(1), NOW.minus(Duration.ofMinutes(50)), List.of(EARBUDS));
        Order older = order(liLei, orderNumber(2), NOW.minus(Duration.ofMinutes(40)), List.of(RICE));
        Order old = order(liLei, orderNumber(3), NOW.minus(Duration.ofMinutes(35)), List.of(RICE));
        Order paid = order(liLei, orderNumber(4), NOW.minus(Duration.ofMinutes(60)), List.of(NOVEL));
        paid.markPaid(NOW.minus(Duration.ofMinutes(45)));
        List.of(old, paid, oldest, older, order(liLei, orderNumber(5), NOW, List.of(EARBUDS))).forEach(orders()::add);

        List<OrderId> locked = transactions().inTransaction(() -> orders().lockAwaitingPaymentPlacedBefore(NOW, 2));

        assertThat(locked).containsExactly(oldest.id(), older.id());
    }

    @Test
    void givenOrderChangedByTheCallerWithoutUpdate_theStoredOrder_staysAsItWas() {
        Order added = order(storedCustomer("13800000001"), orderNumber(1), NOW, List.of(EARBUDS));
        orders().add(added);
        added.markPaid(NOW.plus(Duration.ofMinutes(1)));
        orders().findById(added.id()).orElseThrow().close(NOW.plus(Duration.ofMinutes(2)));

        Order stored = orders().findById(added.id()).orElseThrow();

        assertThat(stored.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(stored.statusChangedAt()).isEqualTo(NOW);
    }

    @Test
    void givenUnitOfWorkThatFailsAfterUpdating_theOrder_staysUnpaid() {
        Order order = order(storedCustomer("13800000001"), orderNumber(1), NOW, List.of(EARBUDS));
        orders().add(order);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            Order loaded = orders().findById(order.id()).orElseThrow();
            loaded.markPaid(NOW.plus(Duration.ofMinutes(1)));
            orders().update(loaded);
            throw new IllegalStateException("the unit of work failed after storing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(orders().findById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void givenAddedOrder_lockByIdInATransaction_returnsEveryLineAndTheStatus() {
        Order order = order(storedCustomer("13800000001"), orderNumber(1), NOW, List.of(RICE, EARBUDS));
        orders().add(order);

        Order locked = transactions().inTransaction(() -> orders().lockById(order.id()).orElseThrow());

        assertThat(locked).usingRecursiveComparison().isEqualTo(order);
        assertThat(locked.lines()).containsExactly(RICE, EARBUDS);
    }

    @Test
    void givenUnknownId_lockById_findsNothing() {
        orders().add(order(storedCustomer("13800000001"), orderNumber(1), NOW, List.of(EARBUDS)));

        Optional<Order> locked = transactions().inTransaction(() -> orders().lockById(new OrderId(UUID.randomUUID())));

        assertThat(locked).isEmpty();
    }

    @Test
    void outsideATransaction_lockById_isRefused_becauseNothingWouldKeepTheOrderLocked() {
        Order order = order(storedCustomer("13800000001"), orderNumber(1), NOW, List.of(EARBUDS));
        orders().add(order);

        assertThatThrownBy(() -> orders().lockById(order.id())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void lock_tellsWhetherTheOrderExists_andIsRefusedOutsideATransaction() {
        Order order = order(storedCustomer("13800000001"), orderNumber(1), NOW, List.of(EARBUDS));
        orders().add(order);

        assertThat(transactions().inTransaction(() -> orders().lock(order.id()))).isTrue();
        assertThat(transactions().inTransaction(() -> orders().lock(new OrderId(UUID.randomUUID())))).isFalse();
        assertThatThrownBy(() -> orders().lock(order.id())).isInstanceOf(IllegalStateException.class);
    }

    /**
     * A payment confirming an order and the job closing it must take turns. The first transaction locks the
     * order; the second asks for the same order and must wait. Only then does the first mark the order paid,
     * and the second must still be waiting after that; then the first commits, and the second must read the
     * paid order. Had it not waited, it would have had the order before the first let go, or read it still
     * awaiting payment.
     */
    @Test
    void givenOrderLockedByOneTransaction_lockByIdInAnother_waitsForItToCommitAndReadsWhatItStored()
            throws Exception {
        Order order = order(storedCustomer("13800000001"), orderNumber(1), NOW, List.of(EARBUDS));
        orders().add(order);
        Instant paidAt = NOW.plus(Duration.ofMinutes(2));
        CountDownLatch secondReadTheOrder = new CountDownLatch(1);
        CountDownLatch firstHoldsTheOrder = new CountDownLatch(1);
        CountDownLatch secondWaits = new CountDownLatch(1);
        CountDownLatch firstStoredPayment = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        AtomicReference<Thread> firstThread = new AtomicReference<>();
        AtomicReference<Thread> secondThread = new AtomicReference<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Order> second = CompletableFuture.supplyAsync(() -> {
                // Reading the order first readies a database connection, so that opening one does not slow
                // the second transaction down.
                orders().findById(order.id()).orElseThrow();
                secondReadTheOrder.countDown();
                awaitWithinDeadline(firstHoldsTheOrder);
                secondThread.set(Thread.currentThread());
                return transactions().inTransaction(() -> orders().lockById(order.id()).orElseThrow());
            }, threads);
            Future<?> first = threads.submit(() -> {
                awaitWithinDeadline(secondReadTheOrder);
                transactions().inTransaction(() -> {
                    firstThread.set(Thread.currentThread());
                    Order locked = orders().lockById(order.id()).orElseThrow();
                    firstHoldsTheOrder.countDown();
                    awaitWithinDeadline(secondWaits);
                    locked.markPaid(paidAt);
                    orders().update(locked);
                    firstStoredPayment.countDown();
                    awaitWithinDeadline(firstMayCommit);
                });
            });

            pollUntil("the second transaction waits for the order or has it",
                    () -> second.isDone() || isWaitingForTheOrder(secondThread.get(), firstThread.get()));
            assertThat(second.isDone()).as("the second transaction had the order while the first held it")
                    .isFalse();
            secondWaits.countDown();
            awaitWithinDeadline(firstStoredPayment);
            // The first one's update took a trip to the store: a second one that did not wait would have had
            // time enough to finish.
            assertThat(second.isDone()).as("the second transaction had the order while the first held it")
                    .isFalse();
            firstMayCommit.countDown();

            first.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            Order readBySecond = second.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(readBySecond.status()).isEqualTo(OrderStatus.PAID);
            assertThat(readBySecond.statusChangedAt()).isEqualTo(paidAt);
        } finally {
            secondWaits.countDown();
            firstMayCommit.countDown();
            threads.shutdownNow();
        }
    }

    /**
     * True once the second thread waits for a lock that the first thread holds (as a lock inside this JVM
     * shows), or is inside {@code lockById} (where a database lock is waited for: a JDBC driver waits for it
     * while reading its socket, and so looks busy).
     */
    private static boolean isWaitingForTheOrder(Thread second, Thread first) {
        if (second == null || first == null) {
            return false;
        }
        ThreadInfo info = ManagementFactory.getThreadMXBean().getThreadInfo(second.threadId(), Integer.MAX_VALUE);
        if (info == null) {
            return false;
        }
        return info.getLockOwnerId() == first.threadId()
                || Arrays.stream(info.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals("lockById"));
    }

    private static void pollUntil(String what, BooleanSupplier condition) {
        long giveUpAt = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > giveUpAt) {
                throw new AssertionError("not within " + DEADLINE + ": " + what);
            }
            Thread.yield();
        }
    }

    private static void awaitWithinDeadline(CountDownLatch latch) {
        try {
            if (!latch.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the other transaction did not get there within " + DEADLINE);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the other transaction", interrupted);
        }
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }

    private static List<OrderId> idsOf(List<Order> orders) {
        return orders.stream().map(Order::id).toList();
    }
}
