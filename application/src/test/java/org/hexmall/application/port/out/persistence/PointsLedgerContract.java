package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.customer;
import static org.hexmall.application.port.out.persistence.PromotionExamples.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.shared.Page;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PointsLedger} adapter must do. Each test starts with empty stores; ledgers belong to customers
 * that exist, added through {@link #customers()}.
 */
public abstract class PointsLedgerContract {

    protected abstract PointsLedger pointsLedger();

    protected abstract Customers customers();

    protected abstract TransactionRunner transactions();

    private static PointsEntry entry(CustomerId customer, PointsEntryKind kind, long points, PaymentId payment,
                                     int minute) {
        return new PointsEntry(customer, kind, points, Optional.ofNullable(payment), "", minutes(minute));
    }

    @Test
    void theBalance_isTheSumOfTheLedger_andEachEntryReadsBack() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13800000002");
        PaymentId first = new PaymentId(UUID.randomUUID());
        PaymentId refunded = new PaymentId(UUID.randomUUID());
        PointsEntry compensation = new PointsEntry(liLei, PointsEntryKind.COMPENSATION, 50, Optional.empty(),
                "Parcel arrived damaged", minutes(4));
        pointsLedger().append(List.of(entry(liLei, PointsEntryKind.EARNED, 300, first, 0),
                entry(liLei, PointsEntryKind.SPENT, 100, refunded, 1),
                entry(liLei, PointsEntryKind.EARNED, 40, refunded, 2),
                entry(liLei, PointsEntryKind.EARNING_REVERSED, 40, refunded, 3),
                entry(liLei, PointsEntryKind.SPENDING_RETURNED, 100, refunded, 3)));
        pointsLedger().append(List.of(compensation, entry(hanMeimei, PointsEntryKind.EARNED, 999, null, 0)));

        assertThat(pointsLedger().balanceOf(liLei)).isEqualTo(350);
        assertThat(pointsLedger().balanceOf(hanMeimei)).isEqualTo(999);
        assertThat(pointsLedger().balanceOf(storedCustomer("13800000003"))).isZero();
        assertThat(pointsLedger().ofPayment(refunded)).extracting(PointsEntry::kind).containsExactly(
                PointsEntryKind.SPENT, PointsEntryKind.EARNED, PointsEntryKind.EARNING_REVERSED,
                PointsEntryKind.SPENDING_RETURNED);
        assertThat(pointsLedger().ofCustomer(liLei, 1, 1).items()).containsExactly(compensation);
    }

    @Test
    void myPoints_listsTheNewestFirst_pageByPage() {
        CustomerId liLei = storedCustomer("13800000001");
        for (int minute = 0; minute < 5; minute++) {
            pointsLedger().append(List.of(entry(liLei, PointsEntryKind.EARNED, 10 + minute, null, minute)));
        }

        Page<PointsEntry> second = pointsLedger().ofCustomer(liLei, 2, 2);

        assertThat(second.items()).extracting(PointsEntry::points).containsExactly(12L, 11L);
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.hasNext()).isTrue();
    }

    @Test
    void spend_isRefusedBeyondTheBalance() {
        CustomerId liLei = storedCustomer("13800000001");
        pointsLedger().append(List.of(entry(liLei, PointsEntryKind.EARNED, 300, null, 0)));

        assertThat(pointsLedger().spend(entry(liLei, PointsEntryKind.SPENT, 301, null, 1))).isFalse();
        assertThat(pointsLedger().spend(entry(liLei, PointsEntryKind.SPENT, 300, null, 1))).isTrue();
        assertThat(pointsLedger().spend(entry(liLei, PointsEntryKind.SPENT, 1, null, 2))).isFalse();
        assertThat(pointsLedger().balanceOf(liLei)).isZero();
    }

    @Test
    void takingPointsAway_takesNoMoreThanTheBalanceHolds() {
        CustomerId liLei = storedCustomer("13800000001");
        PaymentId refunded = new PaymentId(UUID.randomUUID());
        pointsLedger().append(List.of(entry(liLei, PointsEntryKind.EARNED, 369, refunded, 0),
                entry(liLei, PointsEntryKind.SPENT, 300, null, 1)));

        long first = pointsLedger().takeAwayWithinBalance(entry(liLei, PointsEntryKind.EARNING_REVERSED, 369,
                refunded, 2));
        long second = pointsLedger().takeAwayWithinBalance(entry(liLei, PointsEntryKind.EARNING_REVERSED, 10,
                refunded, 3));

        assertThat(first).isEqualTo(69);
        assertThat(second).isZero();
        assertThat(pointsLedger().balanceOf(liLei)).isZero();
        assertThat(pointsLedger().ofPayment(refunded)).extracting(PointsEntry::kind, PointsEntry::points)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PointsEntryKind.EARNED, 369L),
                        org.assertj.core.groups.Tuple.tuple(PointsEntryKind.EARNING_REVERSED, 69L));
    }

    @Test
    void thirtySpendingsAtOnce_neverTakeTheBalanceBelowZero() throws Exception {
        CustomerId liLei = storedCustomer("13800000001");
        pointsLedger().append(List.of(entry(liLei, PointsEntryKind.EARNED, 1000, null, 0)));
        int spendings = 30;
        ExecutorService pool = Executors.newFixedThreadPool(spendings);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int spending = 0; spending < spendings; spending++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return transactions().inTransaction(() ->
                            pointsLedger().spend(entry(liLei, PointsEntryKind.SPENT, 100, null, 1)));
                }));
            }
            start.countDown();
            int spent = 0;
            for (Future<Boolean> outcome : outcomes) {
                spent += outcome.get() ? 1 : 0;
            }

            assertThat(spent).isEqualTo(10);
            assertThat(pointsLedger().balanceOf(liLei)).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }
}
