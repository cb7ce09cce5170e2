package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.customer;
import static org.hexmall.application.port.out.persistence.Examples.order;
import static org.hexmall.application.port.out.persistence.Examples.orderNumber;
import static org.hexmall.application.port.out.persistence.Examples.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.refund.AgentRef;
import org.hexmall.domain.refund.BudgetReversal;
import org.hexmall.domain.refund.RefundCase;
import org.hexmall.domain.refund.RefundCaseId;
import org.hexmall.domain.refund.RefundCaseStatus;
import org.hexmall.domain.refund.RefundCategory;
import org.hexmall.domain.refund.RefundEffects;
import org.hexmall.domain.refund.RefundLine;
import org.hexmall.domain.refund.RefundQuote;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link RefundCases} adapter must do: a case reads back with every part (lines with odd names, the
 * promotions' reversal, agents and decision), changes are stored, and the queues come oldest first. Cases belong to
 * orders and payments that exist.
 */
public abstract class RefundCasesContract {

    private static final OrderLine RICE_COOKER = new OrderLine(new ProductId("HOME-0001"), "Rice cooker",
            "电饭煲", Category.HOME, Money.ofYuan(150, 0), 2);
    private static final OrderLine ODD_TEA = new OrderLine(new ProductId("GROC-0001"), "Tea\tleaf\n100% \"pure\" a=b,c",
            "茶叶 ~ 50%", Category.GROCERIES, Money.ofYuan(20, 0), 1);
    private static final AgentRef WANG = new AgentRef(new AgentId(new UUID(1, 1)), "wang.fang");
    private static final AgentRef ZHAO = new AgentRef(new AgentId(new UUID(2, 2)), "zhao.lei");

    private int ordersPlaced;

    protected abstract RefundCases cases();

    protected abstract Payments payments();

    protected abstract Orders orders();

    protected abstract Customers customers();

    protected abstract TransactionRunner transactions();

    @Test
    void aCase_readsBackWithEveryPart() {
        Payment paid = storedPayment();
        RefundQuote quote = new RefundQuote(List.of(
                new RefundLine(0, RICE_COOKER.nameEn(), RICE_COOKER.nameZh(), 1, Money.ofYuan(150, 0),
                        Money.ofYuan(20, 0), Money.ofYuan(1, 50), Money.ofYuan(128, 50)),
                new RefundLine(1, ODD_TEA.nameEn(), ODD_TEA.nameZh(), 1, Money.ofYuan(20, 0), Money.ZERO,
                        Money.ZERO, Money.ofYuan(20, 0))),
                Money.ofYuan(148, 50), Money.ofYuan(137, 50), new RefundEffects(48, 150, 100, Money.ofYuan(1, 0),
                List.of(new CouponId(new UUID(5, 5))),
                java.util.Map.of(new CouponId(new UUID(4, 4)), Money.ofYuan(8, 0), new CouponId(new UUID(3, 3)),
                        Money.ofYuan(2, 0)),
                List.of(new CouponId(new UUID(6, 6)), new CouponId(new UUID(7, 7))),
                List.of(new BudgetReversal(new CampaignId(new UUID(8, 8)), Money.ofYuan(20, 0)),
                new BudgetReversal(new CampaignId(new UUID(9, 9)), Money.ofYuan(10, 0)))), java.util.Optional.empty());
        RefundCase stored = RefundCase.askedByAgent(newId(), paid.orderId(), paid.orderNumber(), paid.id(),
                paid.customerId(), RefundCategory.DAMAGED, "Box crushed, 屏幕碎了", quote, WANG, true, NOW);

        cases().add(stored);

        RefundCase read = cases().findById(stored.id()).orElseThrow();
        assertSame(read, stored);
        assertThat(read.lines()).isEqualTo(quote.lines());
        assertThat(read.effects()).isEqualTo(quote.effects());
        assertThat(read.status()).isEqualTo(RefundCaseStatus.AWAITING_APPROVAL);
        assertThat(read.requester()).contains(WANG);
        assertThat(read.decidedBy()).isEmpty();
        assertThatThrownBy(() -> cases().add(stored)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aDecision_isStored_underTheCasesLock() {
        Payment paid = storedPayment();
        RefundCase stored = byAgent(paid, true, 0);
        cases().add(stored);

        transactions().inTransaction(() -> {
            RefundCase locked = cases().lockById(stored.id()).orElseThrow();
            locked.reject(ZHAO, "Goods not back yet", NOW.plusSeconds(60));
            cases().update(locked);
        });

        RefundCase read = cases().findById(stored.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(RefundCaseStatus.REJECTED);
        assertThat(read.decidedBy()).contains(ZHAO);
        assertThat(read.decision()).contains("Goods not back yet");
        assertThat(read.changedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(cases().findById(newId())).isEmpty();
    }

    @Test
    void aRefundTheProviderRefused_isStoredAsFailed_withItsAnswer() {
        Payment paid = storedPayment();
        RefundCase stored = byAgent(paid, false, 0);
        cases().add(stored);

        transactions().inTransaction(() -> {
            RefundCase locked = cases().lockById(stored.id()).orElseThrow();
            locked.failed("more than is left to refund: ¥0.00 left", NOW.plusSeconds(60));
            cases().update(locked);
        });

        RefundCase read = cases().findById(stored.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(RefundCaseStatus.FAILED);
        assertThat(read.decision()).contains("more than is left to refund: ¥0.00 left");
        assertThat(cases().withStatusSince(RefundCaseStatus.REFUNDING, NOW.plusSeconds(3600), 10)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(WalletProvider.class)
    void aRefundTheProviderTookButHasNotConfirmed_namesTheProviderItWaitsFor(WalletProvider provider) {
        Payment paid = storedPayment();
        RefundCase stored = byAgent(paid, false, 0);
        cases().add(stored);
        assertThat(cases().findById(stored.id()).orElseThrow().awaitingConfirmationFrom()).isEmpty();

        transactions().inTransaction(() -> {
            RefundCase locked = cases().lockById(stored.id()).orElseThrow();
            locked.acceptedBy(provider);
            cases().update(locked);
        });

        RefundCase read = cases().findById(stored.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(RefundCaseStatus.REFUNDING);
        assertThat(read.awaitingConfirmationFrom()).contains(provider);
    }

    @Test
    void aCustomersRequest_hasNoAgentUntilTaken() {
        Payment paid = storedPayment();
        RefundCase request = RefundCase.askedByCustomer(newId(), paid.orderId(), paid.orderNumber(), paid.id(),
                paid.customerId(), RefundCategory.NOT_RECEIVED, "", plain(1), NOW);
        cases().add(request);
        assertThat(cases().findById(request.id()).orElseThrow().requester()).isEmpty();

        transactions().inTransaction(() -> {
            RefundCase locked = cases().lockById(request.id()).orElseThrow();
            locked.take(WANG, plain(1), false, NOW.plusSeconds(5));
            cases().update(locked);
        });

        RefundCase read = cases().findById(request.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(RefundCaseStatus.REFUNDING);
        assertThat(read.requester()).contains(WANG);
        assertThat(read.note()).isEmpty();
    }

    @Test
    void anOrdersCases_andTheQueues_comeOldestFirst() {
        Payment first = storedPayment();
        Payment second = storedPayment();
        RefundCase later = byAgent(first, true, 30);
        RefundCase earlier = byAgent(first, true, 10);
        RefundCase refunding = byAgent(first, false, 20);
        RefundCase otherOrder = byAgent(second, true, 5);
        List.of(later, earlier, refunding, otherOrder).forEach(cases()::add);

        assertThat(cases().ofOrder(first.orderId())).extracting(RefundCase::id)
                .containsExactly(earlier.id(), refunding.id(), later.id());
        assertThat(cases().ofOrders(List.of(first.orderId(), second.orderId()))).hasSize(4);
        assertThat(cases().ofOrders(List.of())).isEmpty();
        assertThat(cases().withStatus(RefundCaseStatus.AWAITING_APPROVAL, 10)).extracting(RefundCase::id)
                .containsExactly(otherOrder.id(), earlier.id(), later.id());
        assertThat(cases().withStatus(RefundCaseStatus.AWAITING_APPROVAL, 2)).hasSize(2);
        assertThat(cases().withStatusSince(RefundCaseStatus.REFUNDING, NOW.plusSeconds(20), 10))
                .extracting(RefundCase::id).containsExactly(refunding.id());
        assertThat(cases().withStatusSince(RefundCaseStatus.REFUNDING, NOW.plusSeconds(19), 10)).isEmpty();
    }

    @Test
    void lockingOutsideATransaction_isRefused() {
        assertThatThrownBy(() -> cases().lockById(newId())).isInstanceOf(IllegalStateException.class);
    }

    /**
     * Two supervisors approve the same case at once, each as the approval does it: the case's order locked, then the
     * case, approved only if it still waits for approval. The first holds both locks while the second asks for them;
     * the second must wait until the first commits, and then find the case approved already and refuse. Had it not
     * waited, it would have read the case still waiting, and approved and sent the refund a second time.
     */
    @Test
    void twoSupervisorsApprovingOneCaseAtOnce_approveItOnce_andSendOneRefund() throws Exception {
        Payment paid = storedPayment();
        RefundCase asked = byAgent(paid, true, 0);
        cases().add(asked);
        AgentRef zhangWei = new AgentRef(new AgentId(new UUID(3, 3)), "zhang.wei");
        CountDownLatch secondIsReady = new CountDownLatch(1);
        CountDownLatch firstHoldsTheCase = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        AtomicReference<Thread> firstThread = new AtomicReference<>();
        AtomicReference<Thread> secondThread = new AtomicReference<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
                // Reading first readies a database connection, so that opening one does not slow the second down.
                cases().findById(asked.id()).orElseThrow();
                secondIsReady.countDown();
                TakingTurns.awaitWithinDeadline(firstHoldsTheCase);
                secondThread.set(Thread.currentThread());
                return approveIfWaiting(asked, zhangWei, NOW.plusSeconds(120), () -> { });
            }, threads);
            Future<Boolean> first = threads.submit(() -> {
                TakingTurns.awaitWithinDeadline(secondIsReady);
                return approveIfWaiting(asked, ZHAO, NOW.plusSeconds(60), () -> {
                    firstThread.set(Thread.currentThread());
                    firstHoldsTheCase.countDown();
                    TakingTurns.awaitWithinDeadline(firstMayCommit);
                });
            });

            TakingTurns.pollUntil("the second approval waits for the case or has it",
                    () -> second.isDone() || TakingTurns.isWaitingForTheLock(secondThread.get(), firstThread.get()));
            assertThat(second.isDone()).as("the second approval had the case while the first held it").isFalse();
            firstMayCommit.countDown();

            assertThat(first.get(TakingTurns.DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).as("the first approves")
                    .isTrue();
            assertThat(second.get(TakingTurns.DEADLINE.toMillis(), TimeUnit.MILLISECONDS))
                    .as("the second finds it approved already").isFalse();
        } finally {
            firstMayCommit.countDown();
            threads.shutdownNow();
        }
        RefundCase read = cases().findById(asked.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(RefundCaseStatus.REFUNDED);
        assertThat(read.decidedBy()).contains(ZHAO);
        assertThat(read.changedAt()).as("refunded once, by the first approval").isEqualTo(NOW.plusSeconds(60));
        assertThat(cases().ofOrder(paid.orderId())).singleElement()
                .returns(RefundCaseStatus.REFUNDED, RefundCase::status);
    }

    /**
     * One supervisor's approval as the console makes it: under the order's lock and the case's, approved and, the
     * wallet having given the money back, refunded; false, changing nothing, when the case no longer waits.
     */
    private boolean approveIfWaiting(RefundCase asked, AgentRef supervisor, Instant now, Runnable whileHeld) {
        return transactions().inTransaction(() -> {
            orders().lockById(asked.orderId()).orElseThrow();
            RefundCase locked = cases().lockById(asked.id()).orElseThrow();
            whileHeld.run();
            if (locked.status() != RefundCaseStatus.AWAITING_APPROVAL) {
                return false;
            }
            locked.approve(supervisor, plain(0), now);
            locked.refunded(now);
            cases().update(locked);
            return true;
        });
    }

    private static void assertSame(RefundCase read, RefundCase stored) {
        assertThat(read.id()).isEqualTo(stored.id());
        assertThat(read.orderId()).isEqualTo(stored.orderId());
        assertThat(read.orderNumber()).isEqualTo(stored.orderNumber());
        assertThat(read.paymentId()).isEqualTo(stored.paymentId());
        assertThat(read.customerId()).isEqualTo(stored.customerId());
        assertThat(read.origin()).isEqualTo(stored.origin());
        assertThat(read.category()).isEqualTo(stored.category());
        assertThat(read.note()).isEqualTo(stored.note());
        assertThat(read.requestedAt()).isEqualTo(stored.requestedAt());
        assertThat(read.amount()).isEqualTo(stored.amount());
        assertThat(read.changedAt()).isEqualTo(stored.changedAt());
        assertThat(read.refundNumber()).isEqualTo(stored.refundNumber());
    }

    private static RefundQuote plain(int teas) {
        return RefundQuote.plain(List.of(RICE_COOKER, ODD_TEA), List.of(1, teas));
    }

    private static RefundCase byAgent(Payment paid, boolean needsApproval, int secondsLater) {
        return RefundCase.askedByAgent(newId(), paid.orderId(), paid.orderNumber(), paid.id(), paid.customerId(),
                RefundCategory.GOODWILL, "note", plain(0), WANG, needsApproval, NOW.plusSeconds(secondsLater));
    }

    private static RefundCaseId newId() {
        return new RefundCaseId(UUID.randomUUID());
    }

    private Payment storedPayment() {
        ordersPlaced++;
        Customer customer = customer("137%08d".formatted(ordersPlaced), null, "Customer " + ordersPlaced);
        customers().add(customer);
        Order order = order(customer.id(), orderNumber(ordersPlaced), NOW.minus(Duration.ofDays(1)),
                List.of(RICE_COOKER, ODD_TEA));
        orders().add(order);
        Payment payment = payment(order, WalletProvider.ALIPAY, Money.ofYuan(320, 0), NOW);
        payments().add(payment);
        return payment;
    }
}
