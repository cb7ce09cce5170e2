package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.PromotionExamples.doublePoints;
import static org.hexmall.application.port.out.persistence.PromotionExamples.festival;
import static org.hexmall.application.port.out.persistence.PromotionExamples.minutes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hexmall.application.port.out.persistence.PromotionBudgets.Claim;
import org.hexmall.application.port.out.persistence.PromotionBudgets.ListedRedemption;
import org.hexmall.application.port.out.persistence.PromotionBudgets.PaidOrder;
import org.hexmall.application.port.out.persistence.PromotionBudgets.Redemption;
import org.hexmall.application.port.out.persistence.PromotionBudgets.RedemptionState;
import org.hexmall.application.port.out.persistence.PromotionBudgets.Refusal;
import org.hexmall.application.port.out.persistence.PromotionBudgets.Refused;
import org.hexmall.application.port.out.persistence.PromotionBudgets.Reserved;
import org.hexmall.application.port.out.persistence.PromotionBudgets.ReservationResult;
import org.hexmall.application.port.out.persistence.PromotionBudgets.SpendingBucket;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignStatus;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PromotionBudgets} adapter must do: reservations all or nothing, never past a budget or a
 * customer's limit however many payments compete, and given back exactly once.
 */
public abstract class PromotionBudgetsContract {

    private static final CustomerId LI_LEI = newCustomer();
    private static final CustomerId HAN_MEIMEI = newCustomer();
    private static final Random RANDOM = new Random();

    protected abstract PromotionBudgets budgets();

    protected abstract Campaigns campaigns();

    protected abstract TransactionRunner transactions();

    protected abstract Customers customers();

    protected abstract Orders orders();

    protected abstract Payments payments();

    private static CustomerId newCustomer() {
        return new CustomerId(UUID.randomUUID());
    }

    private static PaymentId newPayment() {
        return new PaymentId(UUID.randomUUID());
    }

    private Campaign stored(Campaign campaign) {
        campaigns().add(campaign, NOW.minus(Duration.ofDays(2)));
        return campaign;
    }

    private ReservationResult reserve(PaymentId payment, CustomerId customer, Instant at, Claim... claims) {
        return transactions().inTransaction(() -> budgets().reserve(payment, customer, List.of(claims), at));
    }

    @Test
    void aReservation_countsAsUsed_takesAUse_andIsRecordedForTheCampaign() {
        Campaign festival = stored(festival(Money.ofYuan(1000, 0), 2));
        Campaign points = stored(doublePoints());
        PaymentId payment = newPayment();

        ReservationResult result = reserve(payment, LI_LEI, NOW, new Claim(festival.id(), Money.ofYuan(50, 0), 2),
                new Claim(points.id(), Money.ofFen(599), 10));

        assertThat(result).isEqualTo(new Reserved());
        assertThat(budgets().used(festival.id())).isEqualTo(Money.ofYuan(50, 0));
        assertThat(budgets().used(points.id())).isEqualTo(Money.ofFen(599));
        assertThat(campaigns().findById(festival.id()).orElseThrow().budgetUsed()).isEqualTo(Money.ofYuan(50, 0));
        assertThat(budgets().customerUses(LI_LEI, Set.of(festival.id(), points.id())))
                .isEqualTo(Map.of(festival.id(), 1, points.id(), 1));
        assertThat(budgets().customerUses(HAN_MEIMEI, Set.of(festival.id()))).isEmpty();
        assertThat(budgets().ofPayment(payment)).extracting(Redemption::campaign, Redemption::amount,
                        Redemption::state)
                .containsExactlyInAnyOrder(
                        tuple(festival.id(), Money.ofYuan(50, 0),
                                RedemptionState.RESERVED),
                        tuple(points.id(), Money.ofFen(599), RedemptionState.RESERVED));
        ListedRedemption listed = budgets().redemptions(festival.id(), 1, 10).items().getFirst();
        Redemption redemption = listed.redemption();
        assertThat(redemption).isEqualTo(new Redemption(festival.id(), payment, LI_LEI, Money.ofYuan(50, 0),
                RedemptionState.RESERVED, NOW, Optional.empty(), Money.ZERO, Optional.empty()));
        assertThat(listed.order()).as("no payment stored, so no order").isEmpty();
    }

    @Test
    void aClaimBeyondTheBudget_isRefused_andNothingOfTheOtherClaimsIsKept() {
        Campaign festival = stored(festival(Money.ofYuan(100, 0), 5));
        Campaign points = stored(doublePoints());
        PaymentId payment = newPayment();

        ReservationResult result = reserve(payment, LI_LEI, NOW, new Claim(points.id(), Money.ofYuan(5, 0), 10),
                new Claim(festival.id(), Money.ofFen(10_001), 5));

        assertThat(result).isEqualTo(new Refused(festival.id(), Refusal.BUDGET_SPENT));
        assertNothingReserved(payment, LI_LEI, festival.id(), points.id());
        assertThat(budgets().used(points.id())).isEqualTo(Money.ZERO);
        assertThat(budgets().used(festival.id())).isEqualTo(Money.ZERO);
        assertThat(reserve(payment, LI_LEI, NOW, new Claim(festival.id(), Money.ofYuan(100, 0), 5)).isReserved())
                .isTrue();
        assertThat(campaigns().findById(festival.id()).orElseThrow().statusAt(NOW))
                .isEqualTo(CampaignStatus.BUDGET_SPENT);
    }

    @Test
    void aClaimPastTheCustomersLimit_isRefused_andNothingOfTheOtherClaimsIsKept() {
        Campaign festival = stored(festival(Money.ofYuan(1000, 0), 1));
        Campaign points = stored(doublePoints());
        assertThat(reserve(newPayment(), LI_LEI, NOW, new Claim(festival.id(), Money.ofYuan(50, 0), 1))
                .isReserved()).isTrue();
        PaymentId second = newPayment();

        ReservationResult result = reserve(second, LI_LEI, minutes(1), new Claim(festival.id(), Money.ofYuan(50, 0),
                1), new Claim(points.id(), Money.ofYuan(2, 0), 10));

        assertThat(result).isEqualTo(new Refused(festival.id(), Refusal.CUSTOMER_LIMIT_REACHED));
        assertThat(budgets().used(festival.id())).isEqualTo(Money.ofYuan(50, 0));
        assertThat(budgets().used(points.id())).isEqualTo(Money.ZERO);
        assertThat(budgets().customerUses(LI_LEI, Set.of(festival.id(), points.id())))
                .isEqualTo(Map.of(festival.id(), 1));
        assertThat(budgets().ofPayment(second)).isEmpty();
        assertThat(reserve(newPayment(), HAN_MEIMEI, minutes(1), new Claim(festival.id(), Money.ofYuan(50, 0), 1))
                .isReserved()).isTrue();
    }

    @Test
    void aClaimedCouponsClaim_drawsOnTheBudgetWithoutTakingAUse_andItsReleaseGivesNoUseBack() {
        Campaign coupon = stored(PromotionExamples.jdPayCoupon(Money.ofYuan(1000, 0)));
        Campaign festival = stored(festival(Money.ofYuan(1000, 0), 1));
        assertThat(reserve(newPayment(), LI_LEI, NOW, new Claim(festival.id(), Money.ofYuan(50, 0), 1))
                .isReserved()).isTrue();
        PaymentId first = newPayment();
        PaymentId second = newPayment();

        assertThat(reserve(first, LI_LEI, NOW, new Claim(coupon.id(), Money.ofYuan(30, 0), 1, false)).isReserved())
                .as("a coupon claimed within the limit is used without a use of its own").isTrue();
        assertThat(reserve(second, LI_LEI, NOW, new Claim(coupon.id(), Money.ofYuan(20, 0), 1, false))
                .isReserved()).isTrue();
        assertThat(transactions().inTransaction(() -> budgets().release(first, minutes(1)))).isTrue();

        assertThat(budgets().used(coupon.id())).isEqualTo(Money.ofYuan(20, 0));
        assertThat(budgets().customerUses(LI_LEI, Set.of(coupon.id(), festival.id())))
                .isEqualTo(Map.of(festival.id(), 1));
    }

    @Test
    void aPausedEndedOrUnknownCampaign_refusesItsClaim() {
        Campaign paused = festival(Money.ofYuan(1000, 0), 1);
        paused.pause();
        stored(paused);
        Campaign festival = stored(festival(Money.ofYuan(1000, 0), 1));
        CampaignId unknown = PromotionExamples.newCampaignId();

        assertThat(reserve(newPayment(), LI_LEI, NOW, new Claim(paused.id(), Money.ofYuan(1, 0), 1)))
                .isEqualTo(new Refused(paused.id(), Refusal.NOT_RUNNING));
        assertThat(reserve(newPayment(), LI_LEI, NOW.plus(Duration.ofDays(1)),
                new Claim(festival.id(), Money.ofYuan(1, 0), 1)))
                .isEqualTo(new Refused(festival.id(), Refusal.NOT_RUNNING));
        assertThat(reserve(newPayment(), LI_LEI, NOW, new Claim(unknown, Money.ofYuan(1, 0), 1)))
                .isEqualTo(new Refused(unknown, Refusal.NOT_RUNNING));
        assertNothingReserved(newPayment(), LI_LEI, paused.id(), festival.id());
    }

    @Test
    void aPaymentClaimsEachCampaignOnce() {
        Campaign festival = stored(festival(Money.ofYuan(1000, 0), 2));
        Claim claim = new Claim(festival.id(), Money.ofYuan(1, 0), 2);

        assertThatThrownBy(() -> reserve(newPayment(), LI_LEI, NOW, claim, claim))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void release_givesBackExactlyWhatWasReserved_andIsSafeToRepeat_thenCommitChangesNothing() {
        Campaign festival = stored(festival(Money.ofYuan(1000, 0), 1));
        Campaign points = stored(doublePoints());
        assertThat(reserve(newPayment(), HAN_MEIMEI, NOW, new Claim(festival.id(), Money.ofFen(3333), 1))
                .isReserved()).isTrue();
        PaymentId payment = newPayment();
        reserve(payment, LI_LEI, NOW, new Claim(festival.id(), Money.ofFen(5050), 1),
                new Claim(points.id(), Money.ofFen(700), 10));

        assertThat(transactions().inTransaction(() -> budgets().release(payment, minutes(15)))).isTrue();
        assertThat(transactions().inTransaction(() -> budgets().release(payment, minutes(16)))).isFalse();
        assertThat(budgets().commit(payment, minutes(17))).isFalse();

        assertThat(budgets().used(festival.id())).isEqualTo(Money.ofFen(3333));
        assertThat(budgets().used(points.id())).isEqualTo(Money.ZERO);
        assertThat(budgets().customerUses(LI_LEI, Set.of(festival.id(), points.id()))).isEmpty();
        assertThat(budgets().ofPayment(payment)).extracting(Redemption::state, Redemption::settledAt)
                .containsOnly(tuple(RedemptionState.RELEASED,
                        Optional.of(minutes(15))));
        assertThat(reserve(newPayment(), LI_LEI, minutes(20), new Claim(festival.id(), Money.ofFen(5050), 1))
                .isReserved()).as("the customer's use is back").isTrue();
    }

    @Test
    void commit_spendsTheReservation_once_andAReleaseAfterItChangesNothing() {
        Campaign festival = stored(festival(Money.ofYuan(1000, 0), 1));
        PaymentId payment = newPayment();
        reserve(payment, LI_LEI, NOW, new Claim(festival.id(), Money.ofYuan(50, 0), 1));

        assertThat(budgets().commit(payment, minutes(1))).isTrue();
        assertThat(budgets().commit(payment, minutes(2))).isFalse();
        assertThat(transactions().inTransaction(() -> budgets().release(payment, minutes(3)))).isFalse();

        assertThat(budgets().used(festival.id())).isEqualTo(Money.ofYuan(50, 0));
        assertThat(budgets().customerUses(LI_LEI, Set.of(festival.id()))).isEqualTo(Map.of(festival.id(), 1));
        assertThat(budgets().ofPayment(payment).getFirst().state()).isEqualTo(RedemptionState.COMMITTED);
        assertThat(budgets().ofPayment(payment).getFirst().settledAt()).contains(minutes(1));
        assertThat(budgets().commit(newPayment(), minutes(2))).isFalse();
    }

    @Test
    void refunds_recordWhatTheyReversed_neverMoreThanWasSpent() {
        Campaign festival = stored(festival(Money.ofYuan(1000, 0), 1));
        PaymentId payment = newPayment();
        reserve(payment, LI_LEI, NOW, new Claim(festival.id(), Money.ofYuan(50, 0), 1));
        assertThat(budgets().recordReversal(payment, festival.id(), Money.ofYuan(10, 0), minutes(1)))
                .as("nothing is spent before the payment succeeds").isFalse();
        budgets().commit(payment, minutes(1));

        assertThat(budgets().recordReversal(payment, festival.id(), Money.ofYuan(20, 0), minutes(60))).isTrue();
        assertThat(budgets().recordReversal(payment, festival.id(), Money.ofYuan(30, 0), minutes(90))).isTrue();
        assertThat(budgets().recordReversal(payment, festival.id(), Money.ofFen(1), minutes(91))).isFalse();

        Redemption reversed = budgets().redemptions(festival.id(), 1, 10).items().getFirst().redemption();
        assertThat(reversed.reversed()).isEqualTo(Money.ofYuan(50, 0));
        assertThat(reversed.reversedAt()).contains(minutes(90));
        assertThat(budgets().used(festival.id())).as("a refund does not reopen the budget")
                .isEqualTo(Money.ofYuan(50, 0));
    }

    @Test
    void aBudgetIsNeverSetBelowWhatIsUsed() {
        Campaign festival = stored(festival(Money.ofYuan(1000, 0), 1));
        reserve(newPayment(), LI_LEI, NOW, new Claim(festival.id(), Money.ofYuan(600, 0), 1));
        Campaign asTheSupervisorReadIt = campaigns().findById(festival.id()).orElseThrow().campaign();
        asTheSupervisorReadIt.changeBudget(Money.ofYuan(500, 0), Money.ZERO);

        assertThat(campaigns().update(asTheSupervisorReadIt)).isFalse();

        assertThat(campaigns().findById(festival.id()).orElseThrow().campaign().budget())
                .isEqualTo(Money.ofYuan(1000, 0));
        asTheSupervisorReadIt.changeBudget(Money.ofYuan(600, 0), Money.ofYuan(600, 0));
        assertThat(campaigns().update(asTheSupervisorReadIt)).isTrue();
        assertThat(campaigns().findById(festival.id()).orElseThrow().statusAt(NOW))
                .isEqualTo(CampaignStatus.BUDGET_SPENT);
    }

    @Test
    void spendingOverTime_addsUpWhatSuccessfulPaymentsSpent_perInterval() {
        Campaign festival = stored(festival(Money.ofYuan(1000, 0), 5));
        settled(festival, Money.ofYuan(10, 0), minutes(5), true);
        settled(festival, Money.ofYuan(20, 0), minutes(59), true);
        settled(festival, Money.ofYuan(40, 0), minutes(60), true);
        settled(festival, Money.ofYuan(80, 0), minutes(61), false);
        settled(festival, Money.ofYuan(160, 0), minutes(181), true);

        List<SpendingBucket> hourly = budgets().spendingOverTime(festival.id(), NOW, minutes(180),
                Duration.ofHours(1));

        assertThat(hourly).containsExactly(new SpendingBucket(NOW, Money.ofYuan(30, 0)),
                new SpendingBucket(minutes(60), Money.ofYuan(40, 0)),
                new SpendingBucket(minutes(120), Money.ZERO));
        assertThatThrownBy(() -> budgets().spendingOverTime(festival.id(), NOW,
                NOW.plusSeconds(PromotionBudgets.MAX_INTERVALS + 1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void redemptions_listTheLatestReservedFirst_pageByPage() {
        Campaign festival = stored(festival(Money.ofYuan(1000, 0), 5));
        for (int minute = 0; minute < 5; minute++) {
            reserve(newPayment(), LI_LEI, minutes(minute), new Claim(festival.id(), Money.ofYuan(1 + minute, 0), 5));
        }

        Page<Redemption> second = budgets().redemptions(festival.id(), 2, 2).map(ListedRedemption::redemption);

        assertThat(second.items()).extracting(Redemption::reservedAt).containsExactly(minutes(2), minutes(1));
        assertThat(second.total()).isEqualTo(5);
    }

    @Test
    void redemptionsAndReversals_nameTheOrderEachPaymentIsFor() {
        Campaign festival = stored(festival(Money.ofYuan(1000, 0), 5));
        Customer customer = Examples.customer("139" + (10_000_000 + RANDOM.nextInt(90_000_000)), null, "李雷");
        customers().add(customer);
        Order order = Examples.order(customer.id(), Examples.orderNumber(1 + RANDOM.nextInt(999)),
                NOW.minusSeconds(60), List.of(new OrderLine(new ProductId("ELEC-0001"), "Wireless earbuds", "无线耳机",
                        Category.ELECTRONICS, Money.ofYuan(999, 0), 1)));
        orders().add(order);
        Payment payment = Examples.payment(order, WalletProvider.ALIPAY, Money.ofYuan(949, 0), NOW);
        payments().add(payment);
        reserve(payment.id(), customer.id(), NOW, new Claim(festival.id(), Money.ofYuan(50, 0), 5));
        budgets().commit(payment.id(), minutes(1));
        budgets().recordReversal(payment.id(), festival.id(), Money.ofYuan(50, 0), minutes(30));
        reserve(newPayment(), LI_LEI, minutes(2), new Claim(festival.id(), Money.ofYuan(50, 0), 5));

        PaidOrder paidOrder = new PaidOrder(order.id(), order.number());
        assertThat(budgets().redemptions(festival.id(), 1, 10).items()).extracting(ListedRedemption::order)
                .containsExactly(Optional.empty(), Optional.of(paidOrder));
        assertThat(budgets().reversals(festival.id(), 1, 10).items()).extracting(ListedRedemption::order)
                .containsExactly(Optional.of(paidOrder));
    }

    @Test
    void reversals_listOnlyRedemptionsRefundsTookSomethingBackOf_theLatestRefundFirst() {
        Campaign festival = stored(festival(Money.ofYuan(1000, 0), 5));
        List<PaymentId> payments = new ArrayList<>();
        for (int minute = 0; minute < 3; minute++) {
            PaymentId payment = newPayment();
            payments.add(payment);
            reserve(payment, LI_LEI, minutes(minute), new Claim(festival.id(), Money.ofYuan(50, 0), 5));
            budgets().commit(payment, minutes(minute + 1));
        }
        budgets().recordReversal(payments.get(0), festival.id(), Money.ofYuan(20, 0), minutes(30));
        budgets().recordReversal(payments.get(2), festival.id(), Money.ofYuan(50, 0), minutes(20));

        Page<Redemption> reversals = budgets().reversals(festival.id(), 1, 10).map(ListedRedemption::redemption);

        assertThat(reversals.items()).extracting(Redemption::payment, Redemption::reversed).containsExactly(
                tuple(payments.get(0), Money.ofYuan(20, 0)), tuple(payments.get(2), Money.ofYuan(50, 0)));
        assertThat(reversals.total()).isEqualTo(2);
        assertThat(budgets().reversals(festival.id(), 2, 1).items()).extracting(listed -> listed.redemption().payment())
                .containsExactly(payments.get(2));
        assertThat(budgets().reversals(PromotionExamples.newCampaignId(), 1, 10).items()).isEmpty();
    }

    /**
     * The last ¥100 of a budget: 200 payments of different customers reserve ¥1 to ¥5 each at once. The budget is
     * never overspent, what is used is exactly what the successful ones reserved, and a refused one leaves nothing.
     */
    @Test
    void twoHundredPaymentsCompetingForTheLastHundredYuan_neverReserveMoreThanIsLeft() throws Exception {
        Campaign festival = stored(festival(Money.ofYuan(1000, 0), 1));
        assertThat(reserve(newPayment(), newCustomer(), NOW, new Claim(festival.id(), Money.ofYuan(900, 0), 1))
                .isReserved()).isTrue();
        int payments = 200;
        List<Attempt> attempts = new ArrayList<>();
        for (int index = 0; index < payments; index++) {
            attempts.add(new Attempt(newPayment(), newCustomer(),
                    new Claim(festival.id(), Money.ofYuan(1 + index % 5, 0), 1)));
        }

        List<ReservationResult> results = allAtOnce(attempts);

        long reservedFen = 0;
        int reserved = 0;
        for (int index = 0; index < payments; index++) {
            Attempt attempt = attempts.get(index);
            if (results.get(index).isReserved()) {
                reserved++;
                reservedFen += attempt.claim().amount().fen();
                assertThat(budgets().ofPayment(attempt.payment())).hasSize(1);
            } else {
                assertThat(results.get(index)).isEqualTo(new Refused(festival.id(), Refusal.BUDGET_SPENT));
                assertNothingReserved(attempt.payment(), attempt.customer(), festival.id());
            }
        }
        assertThat(reserved).isPositive();
        assertThat(reservedFen).isLessThanOrEqualTo(Money.ofYuan(100, 0).fen());
        assertThat(budgets().used(festival.id())).isEqualTo(Money.ofFen(Money.ofYuan(900, 0).fen() + reservedFen));
        assertThat(budgets().redemptions(festival.id(), 1, 1).total()).isEqualTo(1 + reserved);
    }

    /** One customer starts 50 payments at once with a campaign they may have once: one of them gets it. */
    @Test
    void fiftyPaymentsOfOneCustomerAtOnce_reserveAOncePerCustomerCampaignOnce() throws Exception {
        Campaign festival = stored(festival(Money.ofYuan(1000, 0), 1));
        List<Attempt> attempts = new ArrayList<>();
        for (int index = 0; index < 50; index++) {
            attempts.add(new Attempt(newPayment(), LI_LEI, new Claim(festival.id(), Money.ofYuan(10, 0), 1)));
        }

        List<ReservationResult> results = allAtOnce(attempts);

        assertThat(results).filteredOn(ReservationResult::isReserved).hasSize(1);
        assertThat(results).filteredOn(result -> !result.isReserved())
                .containsOnly(new Refused(festival.id(), Refusal.CUSTOMER_LIMIT_REACHED));
        assertThat(budgets().used(festival.id())).isEqualTo(Money.ofYuan(10, 0));
        assertThat(budgets().customerUses(LI_LEI, Set.of(festival.id()))).isEqualTo(Map.of(festival.id(), 1));
        assertThat(budgets().redemptions(festival.id(), 1, 1).total()).isEqualTo(1);
    }

    private record Attempt(PaymentId payment, CustomerId customer, Claim claim) {
    }

    /** Runs every attempt on a thread of its own, all let go at the same moment; results in the attempts' order. */
    private List<ReservationResult> allAtOnce(List<Attempt> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ReservationResult>> futures = new ArrayList<>();
            for (Attempt attempt : attempts) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return reserve(attempt.payment(), attempt.customer(), NOW, attempt.claim());
                }));
            }
            start.countDown();
            List<ReservationResult> results = new ArrayList<>();
            for (Future<ReservationResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private void settled(Campaign campaign, Money amount, Instant at, boolean succeeded) {
        PaymentId payment = newPayment();
        assertThat(reserve(payment, newCustomer(), at.minusSeconds(30), new Claim(campaign.id(), amount, 5))
                .isReserved()).isTrue();
        if (succeeded) {
            budgets().commit(payment, at);
        } else {
            transactions().inTransaction(() -> budgets().release(payment, at));
        }
    }

    private void assertNothingReserved(PaymentId payment, CustomerId customer, CampaignId... campaigns) {
        assertThat(budgets().ofPayment(payment)).isEmpty();
        assertThat(budgets().customerUses(customer, Set.of(campaigns))).isEmpty();
        for (CampaignId campaign : campaigns) {
            assertThat(budgets().redemptions(campaign, 1, 100).items())
                    .noneMatch(listed -> listed.redemption().payment().equals(payment));
        }
    }
}
