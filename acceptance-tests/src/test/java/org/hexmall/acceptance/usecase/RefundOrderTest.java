package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.Shelf.CHARGER;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hexmall.application.port.in.checkout.CartChange;
import org.hexmall.application.port.in.payment.PayCommand;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentReturn;
import org.hexmall.application.port.in.refund.PreviewRefund;
import org.hexmall.application.port.in.refund.RefundCaseOutcome;
import org.hexmall.application.port.in.refund.RefundCaseView;
import org.hexmall.application.port.in.refund.RefundChoice;
import org.hexmall.application.port.in.refund.RefundPreview;
import org.hexmall.application.port.out.persistence.PromotionBudgets;
import org.hexmall.application.service.refund.shared.RefundRuns;
import org.hexmall.bootstrap.UseCases;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.promotion.Reversal;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.refund.ApprovalReason;
import org.hexmall.domain.refund.RefundCaseId;
import org.hexmall.domain.refund.RefundCaseStatus;
import org.hexmall.domain.refund.RefundCategory;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.simulator.wallet.fault.Fault;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Customer service gives money back: an agent refunds a paid order by lines and quantities, a refund above the
 * thresholds waits for a supervisor other than the one who asked, customers ask for refunds that agents take or
 * decline, every agent action is audited, and the wallet gives each refund back once, even when it could not take it
 * at first.
 */
class RefundOrderTest {

    private static final String PHONE = "13800138000";
    private static final long OPENING_BALANCE = 2000_00;
    /** Tea and a charger: ¥29.90 + ¥89.00. */
    private static final Money TOTAL = Money.ofYuan(118, 90);
    private static final Product KETTLE = new Product(new ProductId("HOME-0002"), "Electric kettle 1.7 L",
            "电热水壶 1.7 升", Category.HOME, Money.ofYuan(125, 67));
    private static final Product LAMP = new Product(new ProductId("HOME-0005"), "Desk lamp", "台灯", Category.HOME,
            Money.ofYuan(119, 0));
    private static final Product RICE = new Product(new ProductId("GROC-0012"), "Northeast rice, 5 kg",
            "东北大米 5 公斤", Category.GROCERIES, Money.ofYuan(59, 90));
    private static final Product POEMS = new Product(new ProductId("BOOK-0004"), "Classic Chinese Poems", "唐诗三百首",
            Category.BOOKS, Money.ofYuan(19, 80));
    private static final Product BALLS = new Product(new ProductId("SPORT-0002"), "Table tennis balls, 10",
            "乒乓球 10 只装", Category.SPORTS, Money.ofYuan(19, 90));
    private static final Product JASMINE = new Product(new ProductId("GROC-0011"), "Jasmine tea, 250 g",
            "茉莉花茶 250 克", Category.GROCERIES, Money.ofYuan(68, 0));

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final UseCases useCases = hexmall.anotherServer();
    private final AgentId agent = hexmall.registeredAgent("wang.fang");
    private final AgentId supervisor = hexmall.registeredSupervisor("zhang.wei");
    private final AgentId otherSupervisor = hexmall.registeredSupervisor("zhao.lei");
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final WalletAccountIdentifier alipayAccount = hexmall.walletAccountAt(ALIPAY, "13800000001",
            OPENING_BALANCE);

    RefundOrderTest() {
        hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
        hexmall.stock(TEA, CHARGER);
    }

    @Test
    void anAgentsPartialRefund_givesTheLinePriceBackToTheWallet_andIsAudited() {
        OrderId order = paidOrder();

        RefundCaseView refund = done(useCases.refundOrder().refund(agent, order, choice(1, 0)));

        assertThat(refund.status()).isEqualTo(RefundCaseStatus.REFUNDED);
        assertThat(refund.amount()).isEqualTo(TEA.price());
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(OPENING_BALANCE - TOTAL.fen() + 29_90);
        assertThat(useCases.viewOrderRefunds().ofOrder(order)).extracting(RefundCaseView::status)
                .containsExactly(RefundCaseStatus.REFUNDED);
        assertThat(useCases.viewOrderRefunds().refundableItems(order)).contains(List.of(0, 1));
        assertThat(audit()).extracting(AuditEntry::action, AuditEntry::agentUsername)
                .contains(org.assertj.core.groups.Tuple.tuple(AgentAction.REFUND_ORDER, "wang.fang"));
    }

    @Test
    void itemsRefundedOnce_cannotBeRefundedAgain() {
        OrderId order = paidOrder();
        done(useCases.refundOrder().refund(agent, order, choice(1, 0)));

        RefundCaseOutcome again = useCases.refundOrder().refund(agent, order, choice(1, 0));

        assertThat(again).isInstanceOfSatisfying(RefundCaseOutcome.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo("refund.quantity-exceeds"));
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(OPENING_BALANCE - TOTAL.fen() + 29_90);
    }

    @Test
    void thePreview_showsTheArithmetic_andWhetherASupervisorMustApprove() {
        OrderId order = paidOrder();

        RefundPreview tea = preview(order, 1, 0);
        RefundPreview charger = preview(order, 0, 1);

        assertThat(tea.quote().moneyBack()).isEqualTo(TEA.price());
        assertThat(tea.needsApproval()).isFalse();
        assertThat(charger.quote().moneyBack()).isEqualTo(CHARGER.price());
        assertThat(charger.approvalReasons()).containsExactly(ApprovalReason.ABOVE_SHARE_OF_PAYMENT);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(OPENING_BALANCE - TOTAL.fen());
    }

    /**
     * 李雷 paid ¥377.01 for three kettles. Refunding them one at a time counts each refund with the payment's refunds
     * before it: the first kettle goes back at once, the second brings the refunds above half of the payment and
     * waits for a supervisor, and so does the third, counted with the one waiting. The preview the agent reads says
     * the same before each.
     */
    @Test
    void refundsSplitItemByItem_waitForASupervisor_onceTogetherTheyGoAboveHalfOfThePayment() {
        OrderId order = paidKettles(3);

        RefundPreview firstPreview = preview(order, 1);
        RefundCaseView first = done(useCases.refundOrder().refund(agent, order, choice(1)));
        RefundPreview secondPreview = preview(order, 1);
        RefundCaseView second = done(useCases.refundOrder().refund(agent, order, choice(1)));
        RefundPreview thirdPreview = preview(order, 1);
        RefundCaseView third = done(useCases.refundOrder().refund(agent, order, choice(1)));

        assertThat(firstPreview.needsApproval()).isFalse();
        assertThat(first.status()).isEqualTo(RefundCaseStatus.REFUNDED);
        assertThat(secondPreview.earlierRefunds()).isEqualTo(KETTLE.price());
        assertThat(secondPreview.approvalReasons()).containsExactly(ApprovalReason.ABOVE_SHARE_OF_PAYMENT);
        assertThat(second.status()).as("¥251.34 of ¥377.01").isEqualTo(RefundCaseStatus.AWAITING_APPROVAL);
        assertThat(thirdPreview.earlierRefunds()).as("the one refunded and the one waiting")
                .isEqualTo(KETTLE.price().times(2));
        assertThat(thirdPreview.approvalReasons()).containsExactly(ApprovalReason.ABOVE_SHARE_OF_PAYMENT);
        assertThat(third.status()).isEqualTo(RefundCaseStatus.AWAITING_APPROVAL);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount))
                .isEqualTo(OPENING_BALANCE - KETTLE.price().times(2).fen());
        assertThat(useCases.listRefundQueues().awaitingApproval(supervisor).orElseThrow())
                .extracting(RefundCaseView::id).containsExactlyInAnyOrder(second.id(), third.id());
    }

    @Test
    void aRejectedRefund_givesNothingBack_soItDoesNotCountWithTheNextOne() {
        OrderId order = paidKettles(3);
        RefundCaseView two = done(useCases.refundOrder().refund(agent, order, choice(2)));
        assertThat(two.status()).isEqualTo(RefundCaseStatus.AWAITING_APPROVAL);
        done(useCases.decideRefund().reject(supervisor, two.id(), "Kettles not back at the warehouse"));

        RefundCaseView one = done(useCases.refundOrder().refund(agent, order, choice(1)));

        assertThat(one.status()).isEqualTo(RefundCaseStatus.REFUNDED);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(OPENING_BALANCE - KETTLE.price().times(2).fen());
    }

    /** The customer asks for one kettle at a time: the agent who takes the second asks a supervisor. */
    @Test
    void afterSalesRequestsSplitItemByItem_waitForASupervisor_onceTogetherTheyGoAboveHalfOfThePayment() {
        OrderId order = paidKettles(3);
        RefundCaseId firstRequest = done(useCases.askForRefund().ask(customer, order, choice(1))).id();
        RefundCaseId secondRequest = done(useCases.askForRefund().ask(customer, order, choice(1))).id();

        RefundCaseView first = done(useCases.handleAfterSales().take(agent, firstRequest));
        RefundCaseView second = done(useCases.handleAfterSales().take(agent, secondRequest));

        assertThat(first.status()).as("the other request is not a refund yet").isEqualTo(RefundCaseStatus.REFUNDED);
        assertThat(second.status()).isEqualTo(RefundCaseStatus.AWAITING_APPROVAL);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount))
                .isEqualTo(OPENING_BALANCE - KETTLE.price().times(2).fen());
    }

    @Test
    void anOrderPaidMoreThanThirtyDaysAgo_needsApproval_butNotOneSecondEarlier() {
        OrderId order = paidOrder();
        hexmall.clock.advance(Duration.ofDays(30).minusSeconds(1));
        assertThat(preview(order, 1, 0).approvalReasons()).isEmpty();

        hexmall.clock.advance(Duration.ofSeconds(2));

        assertThat(preview(order, 1, 0).approvalReasons()).containsExactly(ApprovalReason.PAID_LONG_AGO);
    }

    @Test
    void aLargeRefund_waitsForASupervisor_theRequesterCannotApproveIt_andAnotherSupervisorDoes() {
        OrderId order = paidOrder(7);
        long paidBalance = OPENING_BALANCE - 7 * 89_00;

        RefundCaseView asked = done(useCases.refundOrder().refund(supervisor, order, choice(4)));
        assertThat(asked.status()).isEqualTo(RefundCaseStatus.AWAITING_APPROVAL);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(paidBalance);
        assertThat(useCases.listRefundQueues().awaitingApproval(otherSupervisor).orElseThrow())
                .extracting(RefundCaseView::id).containsExactly(asked.id());

        RefundCaseOutcome byRequester = useCases.decideRefund().approve(supervisor, asked.id());
        assertThat(byRequester).isEqualTo(new RefundCaseOutcome.Refused("refund.own-request"));
        assertThat(useCases.decideRefund().approve(agent, asked.id())).isInstanceOf(RefundCaseOutcome.NotAllowed.class);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(paidBalance);

        RefundCaseView approved = done(useCases.decideRefund().approve(otherSupervisor, asked.id()));

        assertThat(approved.status()).isEqualTo(RefundCaseStatus.REFUNDED);
        assertThat(approved.decidedBy().orElseThrow().username()).isEqualTo("zhao.lei");
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(paidBalance + 4 * 89_00);
        assertThat(audit()).extracting(AuditEntry::action).contains(AgentAction.REQUEST_REFUND_APPROVAL,
                AgentAction.APPROVE_REFUND);
        assertThat(useCases.listRefundQueues().awaitingApproval(otherSupervisor).orElseThrow()).isEmpty();
        assertThat(useCases.listRefundQueues().awaitingApproval(agent)).isEmpty();
    }

    @Test
    void theApprovalThresholdsTheStoreIsConfiguredWith_decideWhichRefundsWaitForASupervisor() {
        try (InMemoryHexmall strict = InMemoryHexmall.withRefundApproval(new org.hexmall.domain.refund.ApprovalPolicy(
                Money.ofYuan(50, 0), 90, Duration.ofDays(30)))) {
            AgentId clerk = strict.registeredAgent("wang.fang");
            CustomerId buyer = strict.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
            strict.walletAccountAt(ALIPAY, "13800000001", OPENING_BALANCE);
            strict.boundWallet(buyer, PHONE, ALIPAY, "13800000001");
            strict.stock(TEA, CHARGER);
            strict.changeCart.change(new CartChange.Add(buyer, TEA.id(), 1));
            strict.changeCart.change(new CartChange.Add(buyer, CHARGER.id(), 1));
            OrderId order = strict.settled(buyer);
            strict.paid(buyer, order, ALIPAY);
            UseCases store = strict.anotherServer();

            RefundCaseView tea = done(store.refundOrder().refund(clerk, order, choice(1, 0)));
            RefundCaseView charger = done(store.refundOrder().refund(clerk, order, choice(0, 1)));

            assertThat(tea.status()).as("¥29.90, under ¥50").isEqualTo(RefundCaseStatus.REFUNDED);
            assertThat(charger.status()).as("¥89.00, above ¥50, though under ¥500")
                    .isEqualTo(RefundCaseStatus.AWAITING_APPROVAL);
        }
    }

    @Test
    void anAgentsRequestForApproval_isRejectedWithAReason_andNothingMoves() {
        OrderId order = paidOrder(7);
        RefundCaseView asked = done(useCases.refundOrder().refund(agent, order, choice(7)));
        assertThat(asked.status()).isEqualTo(RefundCaseStatus.AWAITING_APPROVAL);

        assertThat(useCases.decideRefund().reject(supervisor, asked.id(), " ")).isInstanceOfSatisfying(
                RefundCaseOutcome.Refused.class, refused -> assertThat(refused.code())
                        .isEqualTo("refund.reason-required"));
        RefundCaseView rejected = done(useCases.decideRefund().reject(supervisor, asked.id(),
                "Goods not returned to the warehouse yet"));

        assertThat(rejected.status()).isEqualTo(RefundCaseStatus.REJECTED);
        assertThat(rejected.decision()).contains("Goods not returned to the warehouse yet");
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(OPENING_BALANCE - 7 * 89_00);
        assertThat(useCases.viewOrderRefunds().refundableItems(order)).contains(List.of(7));
    }

    @Test
    void twoApprovalsAtOnce_applyOnce_andTheWalletGivesTheMoneyBackOnce() throws Exception {
        OrderId order = paidOrder(7);
        RefundCaseId asked = done(useCases.refundOrder().refund(agent, order, choice(6))).id();
        UseCases otherServer = hexmall.anotherServer();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<RefundCaseOutcome> first = () -> {
                start.await();
                return useCases.decideRefund().approve(supervisor, asked);
            };
            Callable<RefundCaseOutcome> second = () -> {
                start.await();
                return otherServer.decideRefund().approve(otherSupervisor, asked);
            };
            Future<RefundCaseOutcome> one = threads.submit(first);
            Future<RefundCaseOutcome> two = threads.submit(second);
            start.countDown();
            List<RefundCaseOutcome> outcomes = List.of(one.get(), two.get());

            assertThat(outcomes).filteredOn(outcome -> outcome instanceof RefundCaseOutcome.Done).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> outcome instanceof RefundCaseOutcome.Refused).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(OPENING_BALANCE - 89_00);
        assertThat(audit()).filteredOn(entry -> entry.action() == AgentAction.APPROVE_REFUND).hasSize(1);
    }

    @Test
    void aRefundTheWalletCannotTakeNow_staysPending_andReconciliationGivesItBackOnce() {
        OrderId order = paidOrder();
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);

        RefundCaseView pending = done(useCases.refundOrder().refund(agent, order, choice(1, 0)));

        assertThat(pending.status()).isEqualTo(RefundCaseStatus.REFUNDING);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(OPENING_BALANCE - TOTAL.fen());
        hexmall.reconcilePayments.reconcile();
        assertThat(status(order)).isEqualTo(RefundCaseStatus.REFUNDING);

        hexmall.wallets.faults().remove(ALIPAY);
        hexmall.clock.advance(Duration.ofMinutes(1));
        hexmall.reconcilePayments.reconcile();
        hexmall.reconcilePayments.reconcile();

        assertThat(status(order)).isEqualTo(RefundCaseStatus.REFUNDED);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(OPENING_BALANCE - TOTAL.fen() + 29_90);
        assertThat(hexmall.wallets.refunds().of(ALIPAY, paymentOf(order))).hasSize(1);
    }

    @Test
    void aRefundTheWalletRefusesOutright_fails_isNeverSentAgain_andItsItemsCanBeRefundedAgain() {
        OrderId order = paidOrder();
        // The wallet has already given the whole payment back by other means, so it has nothing left to refund.
        hexmall.wallets.providerApi().refund(ALIPAY, paymentOf(order), "RF-ELSEWHERE", TOTAL.fen()).join();
        long balance = hexmall.balanceOf(ALIPAY, alipayAccount);

        RefundCaseView failed = done(useCases.refundOrder().refund(agent, order, choice(1, 0)));

        assertThat(failed.status()).isEqualTo(RefundCaseStatus.FAILED);
        assertThat(failed.decision()).hasValueSatisfying(why -> assertThat(why).contains("more than is left"));
        assertThat(useCases.viewOrderRefunds().refundableItems(order)).contains(List.of(1, 1));
        hexmall.clock.advance(Duration.ofMinutes(5));
        hexmall.reconcilePayments.reconcile();
        hexmall.clock.advance(Duration.ofMinutes(5));
        hexmall.reconcilePayments.reconcile();
        assertThat(status(order)).isEqualTo(RefundCaseStatus.FAILED);
        assertThat(hexmall.wallets.refunds().of(ALIPAY, paymentOf(order)))
                .extracting(refund -> refund.refundNumber()).containsExactly("RF-ELSEWHERE");
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(balance);
    }

    @Test
    void aRefundTheWalletCannotTakeNow_isNotFailed_butStaysPendingUntilTheWalletTakesIt() {
        OrderId order = paidOrder();
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        done(useCases.refundOrder().refund(agent, order, choice(1, 0)));

        hexmall.clock.advance(Duration.ofMinutes(5));
        hexmall.reconcilePayments.reconcile();

        assertThat(status(order)).isEqualTo(RefundCaseStatus.REFUNDING);
        assertThat(useCases.viewOrderRefunds().refundableItems(order)).contains(List.of(0, 1));
    }

    @Test
    void aRefundWhoseAnswerWasLost_isGivenBackOnceWhenSentAgain() {
        OrderId order = paidOrder();
        hexmall.wallets.faults().inject(ALIPAY, Fault.TIMEOUT);
        done(useCases.refundOrder().refund(agent, order, choice(1, 0)));
        hexmall.wallets.faults().remove(ALIPAY);

        // A pass right away leaves it alone: the agent's own request could still be sending it.
        hexmall.reconcilePayments.reconcile();
        assertThat(status(order)).isEqualTo(RefundCaseStatus.REFUNDING);

        hexmall.clock.advance(RefundRuns.SEND_AGAIN_AFTER);
        hexmall.reconcilePayments.reconcile();

        assertThat(status(order)).isEqualTo(RefundCaseStatus.REFUNDED);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(OPENING_BALANCE - TOTAL.fen() + 29_90);
        assertThat(hexmall.wallets.refunds().of(ALIPAY, paymentOf(order))).hasSize(1);
        assertThat(hexmall.paymentSeenByAgent(paymentOf(order)).refunded()).isEqualTo(TEA.price());
    }

    @Test
    void aCustomersAfterSalesRequest_waitsForAnAgent_whoTakesIt() {
        OrderId order = paidOrder();

        RefundCaseView request = done(useCases.askForRefund().ask(customer, order,
                RefundChoice.fromForm(List.of("0", "1"), "DAMAGED", "屏幕碎了")));

        assertThat(request.status()).isEqualTo(RefundCaseStatus.REQUESTED);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(OPENING_BALANCE - TOTAL.fen());
        assertThat(useCases.listRefundQueues().afterSalesRequests(agent).orElseThrow())
                .extracting(RefundCaseView::id).containsExactly(request.id());

        // ¥89 is more than half of ¥118.90: the agent who takes it asks a supervisor.
        RefundCaseView taken = done(useCases.handleAfterSales().take(agent, request.id()));
        assertThat(taken.status()).isEqualTo(RefundCaseStatus.AWAITING_APPROVAL);
        assertThat(useCases.decideRefund().approve(agent, request.id()))
                .isInstanceOf(RefundCaseOutcome.NotAllowed.class);
        RefundCaseView approved = done(useCases.decideRefund().approve(supervisor, request.id()));

        assertThat(approved.status()).isEqualTo(RefundCaseStatus.REFUNDED);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(OPENING_BALANCE - 29_90);
        assertThat(audit()).extracting(AuditEntry::action).contains(AgentAction.TAKE_AFTER_SALES);
        assertThat(useCases.listRefundQueues().afterSalesRequests(agent).orElseThrow()).isEmpty();
    }

    @Test
    void aCustomersAfterSalesRequest_declined_showsTheCustomerTheExplanation() {
        OrderId order = paidOrder();
        RefundCaseView request = done(useCases.askForRefund().ask(customer, order,
                RefundChoice.fromForm(List.of("1", ""), "CHANGED_MIND", "")));

        RefundCaseView declined = done(useCases.handleAfterSales().decline(agent, request.id(),
                "Opened food cannot be returned"));

        assertThat(declined.status()).isEqualTo(RefundCaseStatus.DECLINED);
        assertThat(useCases.viewOrderRefunds().ofOrder(order)).singleElement()
                .satisfies(seen -> assertThat(seen.decision()).contains("Opened food cannot be returned"));
        assertThat(useCases.viewOrderRefunds().refundableItems(order)).contains(List.of(1, 1));
        assertThat(audit()).extracting(AuditEntry::action).contains(AgentAction.DECLINE_AFTER_SALES);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(OPENING_BALANCE - TOTAL.fen());
    }

    @Test
    void aCustomer_cannotAskForARefundOfAnotherCustomersOrder_orOfAnUnpaidOne() {
        OrderId order = paidOrder();
        CustomerId stranger = hexmall.registeredCustomer("13900139000", "han@example.com", "韩梅梅",
                "tea-4two-pots");
        OrderId unpaid = hexmall.orderOf(customer, TEA);

        assertThat(useCases.askForRefund().ask(stranger, order, choice(1, 0)))
                .isEqualTo(new RefundCaseOutcome.Refused("refund.not-found"));
        assertThat(useCases.askForRefund().ask(customer, unpaid, choice(1)))
                .isEqualTo(new RefundCaseOutcome.Refused("refund.order-not-paid"));
    }

    @Test
    void refundingAnOrderPaidWithAFestivalDiscount_inTwoSteps_givesBackExactlyWhatWasPaid_andTheBudget() {
        Product riceCooker = new Product(new ProductId("HOME-0001"), "Rice cooker 4 L", "电饭煲 4升", Category.HOME,
                Money.ofYuan(329, 0));
        hexmall.stock(riceCooker);
        var festival = RunningCampaigns.festival();
        hexmall.storage.campaigns().add(festival, RunningCampaigns.setUpAt());
        OrderId order = hexmall.orderOf(customer, riceCooker, TEA);
        PaymentId payment = hexmall.paid(customer, order, ALIPAY);
        long paid = OPENING_BALANCE - hexmall.balanceOf(ALIPAY, alipayAccount);
        assertThat(paid).isEqualTo(358_90 - 50_00);
        assertThat(hexmall.viewMyPoints.view(customer, 1).balance()).isEqualTo(308);

        RefundPreview teaFirst = preview(order, 0, 1);
        assertThat(teaFirst.quote().discounts()).isGreaterThan(Money.ZERO);
        RefundCaseView tea = done(useCases.refundOrder().refund(agent, order, choice(0, 1)));
        RefundCaseView cooker = done(useCases.refundOrder().refund(supervisor, order, choice(1, 0)));
        done(useCases.decideRefund().approve(otherSupervisor, cooker.id()));

        assertThat(tea.amount().plus(useCases.viewOrderRefunds().ofOrder(order).get(1).amount()).fen())
                .isEqualTo(paid);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(OPENING_BALANCE);
        assertThat(hexmall.viewMyPoints.view(customer, 1).balance()).isZero();
        assertThat(hexmall.storage.promotionBudgets().ofPayment(payment)).singleElement()
                .extracting(PromotionBudgets.Redemption::reversed).isEqualTo(Money.ofYuan(50, 0));
    }

    @Test
    void refundingItemsWhosePointsWereDoubled_givesTheMultiplierItsBudgetBack_withThePoints() {
        Campaign doubleTea = Campaign.create(new CampaignId(UUID.randomUUID()), "Double points on groceries",
                "食品双倍积分", CampaignKind.POINTS_MULTIPLIER,
                Conditions.none().withWallets(Set.of(ALIPAY)).withCategories(Set.of(Category.GROCERIES)),
                new Benefit.PointsMultiplier(2), new StackingGroup("points"), 0,
                new CampaignWindow(RunningCampaigns.setUpAt(), InMemoryHexmall.OPENING_TIME.plus(Duration.ofDays(7))),
                Money.ofYuan(5000, 0), 100);
        hexmall.storage.campaigns().add(doubleTea, RunningCampaigns.setUpAt());
        OrderId order = hexmall.orderOf(customer, TEA, CHARGER);
        PaymentId payment = hexmall.paid(customer, order, ALIPAY);
        PromotionBudgets.Redemption doubled = hexmall.storage.promotionBudgets().ofPayment(payment).getFirst();
        assertThat(doubled.amount()).isGreaterThan(Money.ZERO);
        long pointsBefore = hexmall.viewMyPoints.view(customer, 1).balance();

        done(useCases.refundOrder().refund(agent, order, choice(1, 0)));

        assertThat(hexmall.storage.promotionBudgets().ofPayment(payment)).singleElement()
                .extracting(PromotionBudgets.Redemption::reversed).isEqualTo(doubled.amount());
        assertThat(pointsBefore - hexmall.viewMyPoints.view(customer, 1).balance())
                .isGreaterThanOrEqualTo(doubled.amount().fen());
    }

    @Test
    void refundingAnOrderThatUsedAVoucherAndEarnedAnother_givesTheCampaignBackTheVoucherItWithdraws() {
        Campaign cashback = RunningCampaigns.cashback();
        hexmall.storage.campaigns().add(cashback, RunningCampaigns.setUpAt());
        hexmall.paid(customer, hexmall.orderOf(customer, CHARGER), ALIPAY);
        OrderId order = hexmall.orderOf(customer, TEA, CHARGER);
        PaymentId payment = hexmall.paid(customer, order, ALIPAY);
        PromotionBudgets.Redemption earned = hexmall.storage.promotionBudgets().ofPayment(payment).getFirst();
        assertThat(earned.amount()).as("the voucher this order earned; the one it used was paid for by the first")
                .isEqualTo(Money.ofYuan(20, 0));

        RefundCaseView whole = done(useCases.refundOrder().refund(supervisor, order, choice(1, 1)));
        assertThat(whole.status()).as("all of the payment").isEqualTo(RefundCaseStatus.AWAITING_APPROVAL);
        done(useCases.decideRefund().approve(otherSupervisor, whole.id()));

        assertThat(hexmall.storage.promotionBudgets().ofPayment(payment)).singleElement()
                .extracting(PromotionBudgets.Redemption::reversed).isEqualTo(Money.ofYuan(20, 0));
    }

    /**
     * 李雷's ¥218.60 order (a desk lamp, rice, a book of poems and table tennis balls) earned a ¥20 voucher for
     * spending over ¥200, which he used on his next order. Refunded in one go, it would give back ¥198.60. The agent
     * refunds the ¥19.80 book first: it takes the order below ¥200 and all its money is kept for the voucher. The
     * refund of the three other lines keeps the ¥0.20 left, so the two give back exactly ¥198.60, and the campaign
     * gets the whole voucher back.
     */
    @Test
    void refundingAnOrderWhoseUsedVoucherIsUndue_inTwoSteps_cheapestFirst_givesBackWhatOneRefundWould() {
        Campaign cashback = spendTwoHundredGetTwenty();
        hexmall.storage.campaigns().add(cashback, RunningCampaigns.setUpAt());
        hexmall.stock(LAMP, RICE, POEMS, BALLS, KETTLE);
        OrderId order = hexmall.orderOf(customer, LAMP, RICE, POEMS, BALLS);
        PaymentId payment = hexmall.paid(customer, order, ALIPAY);
        hexmall.paid(customer, hexmall.orderOf(customer, KETTLE), ALIPAY);
        long paidBoth = 218_60 + 125_67 - 20_00;
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).as("the voucher was used on the kettle")
                .isEqualTo(OPENING_BALANCE - paidBoth);
        RefundPreview inOneGo = preview(order, 1, 1, 1, 1);

        RefundPreview poemsPreview = preview(order, 0, 0, 1, 0);
        RefundCaseView poems = done(useCases.refundOrder().refund(agent, order, choice(0, 0, 1, 0)));
        RefundPreview restPreview = preview(order, 1, 1, 0, 1);
        RefundCaseView asked = done(useCases.refundOrder().refund(supervisor, order, choice(1, 1, 0, 1)));
        RefundCaseView rest = done(useCases.decideRefund().approve(otherSupervisor, asked.id()));

        assertThat(inOneGo.quote().moneyBack()).isEqualTo(Money.ofYuan(198, 60));
        assertThat(poemsPreview.quote().effects().voucherDeduction()).isEqualTo(Money.ofYuan(19, 80));
        assertThat(poems.amount()).isEqualTo(Money.ZERO);
        assertThat(poems.status()).isEqualTo(RefundCaseStatus.REFUNDED);
        assertThat(restPreview.quote().effects().voucherDeduction()).isEqualTo(Money.ofFen(20));
        assertThat(restPreview.quote().moneyBack()).isEqualTo(Money.ofYuan(198, 60));
        assertThat(rest.status()).isEqualTo(RefundCaseStatus.REFUNDED);
        assertThat(rest.amount()).isEqualTo(Money.ofYuan(198, 60));
        assertThat(rest.effects().voucherDeduction()).isEqualTo(Money.ofFen(20));
        assertThat(poems.amount().plus(rest.amount())).isEqualTo(inOneGo.quote().moneyBack());
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount))
                .isEqualTo(OPENING_BALANCE - paidBoth + 198_60);
        assertThat(hexmall.storage.promotionBudgets().ofPayment(payment)).singleElement()
                .extracting(PromotionBudgets.Redemption::reversed).isEqualTo(Money.ofYuan(20, 0));
    }

    /**
     * 李雷 had 5,011 points from customer service, and the charger's ¥89 earned him 89 more. He spent 5,100 on the
     * kettle since, which earned him 74: he holds 74 of the 89. Refunding the charger takes back those 74, never
     * taking the balance below zero, and keeps the 15 points spent, worth ¥0.15, from the money; the preview says so
     * before the agent asks for it.
     */
    @Test
    void refundingItemsWhoseEarnedPointsWereSpent_keepsTheirValueFromTheMoney_andTheBalanceNeverGoesBelowZero() {
        compensationPoints(5_011);
        OrderId order = hexmall.orderOf(customer, CHARGER);
        hexmall.paid(customer, order, ALIPAY);
        hexmall.stock(KETTLE);
        paidWithPoints(hexmall.orderOf(customer, KETTLE), 5_100);
        assertThat(pointsBalance()).isEqualTo(74);
        long balanceBefore = hexmall.balanceOf(ALIPAY, alipayAccount);

        RefundPreview preview = preview(order, 1);
        RefundCaseView asked = done(useCases.refundOrder().refund(agent, order, choice(1)));
        RefundCaseView refunded = done(useCases.decideRefund().approve(supervisor, asked.id()));

        Reversal shown = preview.quote().reversal().orElseThrow();
        assertThat(shown.pointsEarnedTakenBack()).isEqualTo(74);
        assertThat(shown.pointsEarnedSpent()).isEqualTo(15);
        assertThat(shown.pointsDeduction()).isEqualTo(Money.ofFen(15));
        assertThat(preview.quote().moneyBack()).isEqualTo(Money.ofYuan(88, 85));
        assertThat(refunded.status()).isEqualTo(RefundCaseStatus.REFUNDED);
        assertThat(refunded.amount()).isEqualTo(Money.ofYuan(88, 85));
        assertThat(refunded.effects().pointsTakenBack()).isEqualTo(74);
        assertThat(refunded.effects().pointsSpentAlready()).isEqualTo(15);
        assertThat(refunded.effects().pointsDeduction()).isEqualTo(Money.ofFen(15));
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(balanceBefore + 88_85);
        assertThat(pointsBalance()).isZero();
    }

    /**
     * The wallet could not take the refund of the tea at first; meanwhile 李雷 started paying a kettle with nearly all
     * his points, the 30 the tea earned among them. When the refund goes through, it takes back what is left, never
     * taking the balance below zero.
     */
    @Test
    void pointsSpentWhileTheRefundIsOnItsWay_areNotTakenBelowZero() {
        compensationPoints(4_990);
        OrderId order = paidOrder();
        assertThat(pointsBalance()).isEqualTo(5_108);
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        RefundCaseView pending = done(useCases.refundOrder().refund(agent, order, choice(1, 0)));
        assertThat(pending.effects().pointsTakenBack()).isEqualTo(30);
        hexmall.wallets.faults().remove(ALIPAY);
        hexmall.stock(KETTLE);
        assertThat(startPayingWithPoints(hexmall.orderOf(customer, KETTLE), 5_100))
                .isInstanceOf(PayResult.GoToWallet.class);
        assertThat(pointsBalance()).isEqualTo(8);

        hexmall.clock.advance(RefundRuns.SEND_AGAIN_AFTER);
        hexmall.reconcilePayments.reconcile();

        assertThat(status(order)).isEqualTo(RefundCaseStatus.REFUNDED);
        assertThat(pointsBalance()).isZero();
    }

    /**
     * 李雷 paid Jasmine tea × 2 and rice with ¥1 of points: ¥194.90, the tea line ¥135.31, ¥67.66 for its first tea
     * and ¥67.65 for its second. The agent's refund of a tea and the rice waits for a supervisor; meanwhile 李雷 asks
     * for the other tea. His request is priced as the second tea, after the items the agent's refund holds, and is
     * refunded as it showed, to him and in the after-sales queue, once the agent's is approved.
     */
    @Test
    void anAfterSalesRequest_madeWhileAnotherRefundWaits_showsTheAmountAndPointsItIsRefundedWith() {
        compensationPoints(1_000);
        hexmall.stock(JASMINE, RICE);
        hexmall.changeCart.change(new CartChange.Add(customer, JASMINE.id(), 2));
        hexmall.changeCart.change(new CartChange.Add(customer, RICE.id(), 1));
        OrderId order = hexmall.settled(customer);
        paidWithPoints(order, 100);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(OPENING_BALANCE - 194_90);
        RefundCaseView agents = done(useCases.refundOrder().refund(agent, order, choice(1, 1)));
        assertThat(agents.status()).isEqualTo(RefundCaseStatus.AWAITING_APPROVAL);

        RefundCaseView request = done(useCases.askForRefund().ask(customer, order, choice(1, 0)));
        RefundCaseView queued = useCases.listRefundQueues().afterSalesRequests(agent).orElseThrow().getFirst();
        done(useCases.decideRefund().approve(supervisor, agents.id()));
        done(useCases.handleAfterSales().take(agent, request.id()));
        RefundCaseView taken = done(useCases.decideRefund().approve(supervisor, request.id()));

        assertThat(request.amount()).isEqualTo(Money.ofYuan(67, 65));
        assertThat(request.effects().pointsTakenBack()).isEqualTo(67);
        assertThat(request.effects().pointsReturned()).isEqualTo(35);
        assertThat(queued.amount()).isEqualTo(request.amount());
        assertThat(taken.status()).isEqualTo(RefundCaseStatus.REFUNDED);
        assertThat(taken.amount()).isEqualTo(request.amount());
        assertThat(taken.effects()).isEqualTo(request.effects());
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(OPENING_BALANCE);
    }

    /** Spend ¥200, get a ¥20 voucher for a later order over ¥100; ten uses per customer. */
    private static Campaign spendTwoHundredGetTwenty() {
        return Campaign.create(new CampaignId(UUID.randomUUID()), "Spend ¥200, get a ¥20 voucher", "满200返20元券",
                CampaignKind.CASHBACK_VOUCHER, Conditions.none().withMinimumSpend(Money.ofYuan(200, 0)),
                new Benefit.CashbackVoucher(Money.ofYuan(20, 0), Money.ofYuan(100, 0), 30),
                new StackingGroup("cashback"), 0, RunningCampaigns.THIS_WEEK, Money.ofYuan(2000, 0), 10);
    }

    private void compensationPoints(long points) {
        hexmall.storage.pointsLedger().append(List.of(new PointsEntry(customer, PointsEntryKind.COMPENSATION, points,
                Optional.empty(), "Late parcel", hexmall.clock.instant())));
    }

    private long pointsBalance() {
        return hexmall.viewMyPoints.view(customer, 1).balance();
    }

    /** The customer presses "Pay" with the preferred wallet (Alipay), spending these points. */
    private PayResult startPayingWithPoints(OrderId order, long points) {
        return hexmall.payForOrder.pay(new PayCommand(customer, order, Optional.empty(), Optional.empty(),
                InMemoryHexmall.PAYMENT_RETURN, Optional.empty(), InMemoryHexmall.RECONFIRMATION_RETURN, points));
    }

    /** Every step of paying with Alipay and these points, from "Pay" to coming back paid. */
    private void paidWithPoints(OrderId order, long points) {
        PayResult started = startPayingWithPoints(order, points);
        PaymentReturn back = hexmall.comeBackFromPaying(customer,
                hexmall.payInWalletApp(ALIPAY, InMemoryHexmall.payPage(started)));
        assertThat(back).isInstanceOf(PaymentReturn.Paid.class);
    }

    private OrderId paidOrder() {
        OrderId order = hexmall.orderOf(customer, TEA, CHARGER);
        hexmall.paid(customer, order, ALIPAY);
        return order;
    }

    /** An order of this many kettles, paid with Alipay. */
    private OrderId paidKettles(int kettles) {
        hexmall.stock(KETTLE);
        hexmall.changeCart.change(new CartChange.Add(customer, KETTLE.id(), kettles));
        OrderId order = hexmall.settled(customer);
        hexmall.paid(customer, order, ALIPAY);
        return order;
    }

    /** An order of this many chargers, paid with Alipay. */
    private OrderId paidOrder(int chargers) {
        hexmall.changeCart.change(new CartChange.Add(customer, CHARGER.id(), chargers));
        OrderId order = hexmall.settled(customer);
        hexmall.paid(customer, order, ALIPAY);
        return order;
    }

    private static RefundChoice choice(Integer... quantities) {
        return new RefundChoice(List.of(quantities), RefundCategory.DAMAGED, "Box crushed in delivery");
    }

    private RefundPreview preview(OrderId order, Integer... quantities) {
        PreviewRefund.PreviewOutcome outcome = useCases.previewRefund().preview(agent, order, List.of(quantities));
        if (outcome instanceof PreviewRefund.Previewed(RefundPreview preview)) {
            return preview;
        }
        throw new AssertionError("expected a preview, but the answer was " + outcome);
    }

    private static RefundCaseView done(RefundCaseOutcome outcome) {
        if (outcome instanceof RefundCaseOutcome.Done(RefundCaseView refundCase)) {
            return refundCase;
        }
        throw new AssertionError("expected the refund action to be done, but the answer was " + outcome);
    }

    private RefundCaseStatus status(OrderId order) {
        return useCases.viewOrderRefunds().ofOrder(order).getFirst().status();
    }

    private PaymentId paymentOf(OrderId order) {
        return hexmall.storage.transactions().withoutTransaction(() -> hexmall.storage.payments().findByOrder(order))
                .getFirst().id();
    }

    private List<AuditEntry> audit() {
        return hexmall.storage.auditLog().forCustomer(customer, 50);
    }
}
