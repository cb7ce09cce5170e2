package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.binding;
import static org.hexmall.application.port.out.persistence.Examples.customer;
import static org.hexmall.application.port.out.persistence.Examples.order;
import static org.hexmall.application.port.out.persistence.Examples.orderNumber;
import static org.hexmall.application.port.out.persistence.Examples.payment;
import static org.hexmall.application.port.out.persistence.Examples.walletPhone;
import static org.hexmall.domain.catalog.Category.ELECTRONICS;
import static org.hexmall.domain.payment.PaymentStatus.AWAITING_CONFIRMATION;
import static org.hexmall.domain.payment.PaymentStatus.CREATED;
import static org.hexmall.domain.payment.PaymentStatus.FAILED;
import static org.hexmall.domain.payment.PaymentStatus.SUCCEEDED;
import static org.hexmall.domain.payment.PaymentStatus.UNKNOWN;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.JD_PAY;
import static org.hexmall.domain.wallet.WalletProvider.UNIONPAY_QUICKPASS;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.payment.Refund;
import org.hexmall.domain.payment.RefundReason;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Payments} adapter must do. Each test starts with empty stores; payments belong to orders
 * that exist, so the tests add customers and orders through {@link #customers()} and {@link #orders()} (and the
 * wallets that pay them through {@link #walletBindings()}, where a test needs them to exist), and
 * {@link #transactions()} of the same adapter shows that a failed unit of work leaves payments as they were.
 */
public abstract class PaymentsContract {

    private static final OrderLine EARBUDS = new OrderLine(new ProductId("ELEC-0001"), "Wireless earbuds", "无线耳机",
            ELECTRONICS, Money.ofYuan(999, 0), 1);
    private static final Money PRICE = Money.ofYuan(999, 0);
    private static final String WALLET_PAGE = "https://wallet.example.cn/confirm?payment=0001&lang=zh-CN";

    private int ordersPlaced;

    protected abstract Payments payments();

    protected abstract Orders orders();

    protected abstract Customers customers();

    protected abstract WalletBindings walletBindings();

    protected abstract TransactionRunner transactions();

    /**
     * The same payments as another node of a cluster sees and changes them, through a store of its own on the same
     * database; for an adapter that keeps payments in one node's memory, that node is the only one, and this is
     * {@link #payments()} itself.
     */
    protected abstract Payments anotherNode();

    @Test
    void givenNewPayment_findById_returnsEveryDetailAndTheFirstStep() {
        Payment created = payment(storedOrder(), WECHAT_PAY, PRICE, NOW);
        payments().add(created);

        Payment found = payments().findById(created.id()).orElseThrow();

        assertThat(found).usingRecursiveComparison().isEqualTo(created);
        assertThat(found.status()).isEqualTo(CREATED);
        assertThat(found.amount()).isEqualTo(PRICE);
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(found.confirmationUrl()).isEmpty();
        assertThat(found.timeline()).containsExactly(PaymentEvent.moved(NOW, CREATED));
    }

    @Test
    void givenChargedTwiceAndPartlyRefunded_addedAsItIs_comesBackWithEveryDetailTimelineAndRefund() {
        Payment payment = payment(storedOrder(), ALIPAY, PRICE, NOW);
        payment.awaitConfirmation(WALLET_PAGE, at(1));
        payment.note(PaymentNote.WRONG_PAYMENT_PASSWORD, at(2));
        payment.succeed("alipay-2025111108000001", at(3));
        payment.chargedTwice(at(4));
        Refund firstPart = new Refund("R-0001", Money.ofYuan(300, 50), RefundReason.DOUBLE_PAYMENT, at(5),
                "alipay-refund-0001");
        payment.refunded(firstPart);

        payments().add(payment);

        Payment found = payments().findById(payment.id()).orElseThrow();
        assertThat(found).usingRecursiveComparison().isEqualTo(payment);
        assertThat(found.provider()).isEqualTo(ALIPAY);
        assertThat(found.bindingId()).isEqualTo(payment.bindingId());
        assertThat(found.confirmationUrl()).contains(WALLET_PAGE);
        assertThat(found.providerTransaction()).contains("alipay-2025111108000001");
        assertThat(found.isRefundDue()).isTrue();
        assertThat(found.refunds()).containsExactly(firstPart);
        assertThat(found.refundable()).isEqualTo(Money.ofYuan(698, 50));
        assertThat(found.timeline()).containsExactly(
                PaymentEvent.moved(NOW, CREATED),
                PaymentEvent.moved(at(1), AWAITING_CONFIRMATION),
                PaymentEvent.noted(at(2), AWAITING_CONFIRMATION, PaymentNote.WRONG_PAYMENT_PASSWORD),
                PaymentEvent.moved(at(3), SUCCEEDED),
                PaymentEvent.noted(at(4), SUCCEEDED, PaymentNote.DOUBLE_PAYMENT),
                PaymentEvent.noted(at(5), SUCCEEDED, PaymentNote.REFUNDED));
    }

    @Test
    void givenFailedPayment_findById_keepsTheReasonTheCustomerIsShown() {
        Payment payment = payment(storedOrder(), JD_PAY, PRICE, NOW);
        payments().add(payment);
        payment.awaitConfirmation(WALLET_PAGE, at(1));
        payment.fail(PaymentFailureReason.INSUFFICIENT_BALANCE, at(2));

        payments().update(payment);

        Payment stored = payments().findById(payment.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(FAILED);
        assertThat(stored.failureReason()).contains(PaymentFailureReason.INSUFFICIENT_BALANCE);
        assertThat(stored.providerTransaction()).isEmpty();
        assertThat(stored.timeline().getLast())
                .isEqualTo(PaymentEvent.failed(at(2), PaymentFailureReason.INSUFFICIENT_BALANCE));
    }

    @Test
    void aPaymentRefusedForALockedPaymentPassword_keepsWhenTheWalletSaidTheLockEnds() {
        Payment payment = payment(storedOrder(), JD_PAY, PRICE, NOW);
        payments().add(payment);
        payment.awaitConfirmation(WALLET_PAGE, at(1));
        payment.fail(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED, Optional.of(at(180)), at(2));

        payments().update(payment);

        Payment stored = payments().findById(payment.id()).orElseThrow();
        assertThat(stored.failureReason()).contains(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED);
        assertThat(stored.passwordLockedUntil()).contains(at(180));
        assertThat(payments().findById(payment.id()).map(Payment::passwordLockedUntil).orElseThrow())
                .as("read again").contains(at(180));
    }

    @Test
    void givenUnknownId_findById_findsNothing() {
        payments().add(payment(storedOrder(), WECHAT_PAY, PRICE, NOW));

        assertThat(payments().findById(new PaymentId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void givenPaymentTakenStepByStep_updateAfterEachStep_keepsTheWholeTimelineAndEveryRefundOnce() {
        Payment created = payment(storedOrder(), WECHAT_PAY, PRICE, NOW);
        payments().add(created);
        Refund first = new Refund("R-0001", Money.ofYuan(500, 0), RefundReason.CUSTOMER_REQUEST, at(10), "wx-r-1");
        Refund second = new Refund("R-0002", Money.ofYuan(499, 0), RefundReason.CUSTOMER_REQUEST, at(11), "wx-r-2");

        // As the use cases do it: load, take one step, update.
        Payment payment = payments().findById(created.id()).orElseThrow();
        payment.awaitConfirmation(WALLET_PAGE, at(1));
        payments().update(payment);
        payment = payments().findById(created.id()).orElseThrow();
        payment.succeed("wx-transaction-0001", at(2));
        payments().update(payment);
        payments().update(payment);
        payment = payments().findById(created.id()).orElseThrow();
        payment.refunded(first);
        payments().update(payment);
        payment = payments().findById(created.id()).orElseThrow();
        payment.refunded(second);
        payment.refunded(second);
        payments().update(payment);
        payments().update(payment);

        Payment stored = payments().findById(created.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(SUCCEEDED);
        assertThat(stored.confirmationUrl()).contains(WALLET_PAGE);
        assertThat(stored.providerTransaction()).contains("wx-transaction-0001");
        assertThat(stored.refunds()).containsExactly(first, second);
        assertThat(stored.refundable()).isEqualTo(Money.ZERO);
        assertThat(stored.timeline()).containsExactly(
                PaymentEvent.moved(NOW, CREATED),
                PaymentEvent.moved(at(1), AWAITING_CONFIRMATION),
                PaymentEvent.moved(at(2), SUCCEEDED),
                PaymentEvent.noted(at(10), SUCCEEDED, PaymentNote.REFUNDED),
                PaymentEvent.noted(at(11), SUCCEEDED, PaymentNote.REFUNDED));
    }

    @Test
    void givenDoublePaymentRefundedInFull_update_keepsThatNoRefundIsOwedAnyMore() {
        Payment payment = succeeded(payment(storedOrder(), UNIONPAY_QUICKPASS, PRICE, NOW));
        payments().add(payment);
        payment.chargedTwice(at(4));
        payments().update(payment);
        assertThat(payments().findById(payment.id()).orElseThrow().isRefundDue()).isTrue();

        payment.refunded(new Refund("R-0001", PRICE, RefundReason.DOUBLE_PAYMENT, at(5), "up-refund-0001"));
        payments().update(payment);

        Payment stored = payments().findById(payment.id()).orElseThrow();
        assertThat(stored.isRefundDue()).isFalse();
        assertThat(stored.refunds()).extracting(Refund::reason).containsExactly(RefundReason.DOUBLE_PAYMENT);
    }

    @Test
    void givenPaymentChangedByTheCallerWithoutUpdate_theStoredPayment_staysAsItWas() {
        Payment added = payment(storedOrder(), WECHAT_PAY, PRICE, NOW);
        payments().add(added);
        added.awaitConfirmation(WALLET_PAGE, at(1));
        payments().findById(added.id()).orElseThrow().fail(PaymentFailureReason.DECLINED, at(2));

        Payment stored = payments().findById(added.id()).orElseThrow();

        assertThat(stored.status()).isEqualTo(CREATED);
        assertThat(stored.confirmationUrl()).isEmpty();
        assertThat(stored.failureReason()).isEmpty();
        assertThat(stored.timeline()).hasSize(1);
    }

    @Test
    void givenPaymentIdTaken_anotherPaymentWithIt_isRefused() {
        Order order = storedOrder();
        Payment first = payment(order, WECHAT_PAY, PRICE, NOW);
        payments().add(first);
        Payment sameId = Payment.create(first.id(), order.id(), order.number(), order.customerId(),
                new BindingId(UUID.randomUUID()), ALIPAY, Money.ofYuan(1, 0), at(1));

        assertThatThrownBy(() -> payments().add(sameId)).isInstanceOf(DuplicateKeyException.class);

        Payment stored = payments().findById(first.id()).orElseThrow();
        assertThat(stored.provider()).isEqualTo(WECHAT_PAY);
        assertThat(stored.amount()).isEqualTo(PRICE);
        assertThat(payments().findByOrder(order.id())).hasSize(1);
    }

    @Test
    void givenUnitOfWorkThatFailsAfterAddingAPayment_noPaymentIsLeft() {
        Order order = storedOrder();
        Payment payment = payment(order, WECHAT_PAY, PRICE, NOW);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            payments().add(payment);
            throw new IllegalStateException("the unit of work failed after storing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(payments().findById(payment.id())).isEmpty();
        assertThat(payments().findByOrder(order.id())).isEmpty();
    }

    @Test
    void givenUnitOfWorkThatFailsAfterUpdating_thePaymentAndItsTimeline_stayAsTheyWere() {
        Payment payment = payment(storedOrder(), WECHAT_PAY, PRICE, NOW);
        payments().add(payment);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            Payment loaded = payments().findById(payment.id()).orElseThrow();
            loaded.outcomeUnknown(at(1));
            payments().update(loaded);
            throw new IllegalStateException("the unit of work failed after storing");
        })).isInstanceOf(IllegalStateException.class);

        Payment stored = payments().findById(payment.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(CREATED);
        assertThat(stored.timeline()).hasSize(1);
    }

    @Test
    void givenPaymentsOfTwoOrders_findByOrder_listsOnlyThatOrdersOldestFirst() {
        Order paidTwice = storedOrder();
        Payment oldest = payment(paidTwice, WECHAT_PAY, PRICE, NOW.minus(Duration.ofMinutes(20)));
        Payment newest = payment(paidTwice, ALIPAY, PRICE, NOW);
        Payment middle = payment(paidTwice, JD_PAY, PRICE, NOW.minus(Duration.ofMinutes(10)));
        payments().add(newest);
        payments().add(oldest);
        payments().add(payment(storedOrder(), WECHAT_PAY, PRICE, NOW.minus(Duration.ofMinutes(15))));
        payments().add(middle);

        assertThat(idsOf(payments().findByOrder(paidTwice.id()))).containsExactly(oldest.id(), middle.id(), newest.id());
    }

    @Test
    void givenOrderWithoutPayments_findByOrder_isEmpty() {
        payments().add(payment(storedOrder(), WECHAT_PAY, PRICE, NOW));

        assertThat(payments().findByOrder(storedOrder().id())).isEmpty();
    }

    @Test
    void findByOrders_listsThePaymentsOfExactlyThoseOrders_oldestFirstAcrossThem() {
        Order rice = storedOrder();
        Order novel = storedOrder();
        Order other = storedOrder();
        Payment novelFirst = payment(novel, WECHAT_PAY, PRICE, NOW.minus(Duration.ofMinutes(30)));
        Payment riceOnly = payment(rice, ALIPAY, PRICE, NOW.minus(Duration.ofMinutes(20)));
        Payment novelAgain = payment(novel, JD_PAY, PRICE, NOW.minus(Duration.ofMinutes(10)));
        payments().add(novelAgain);
        payments().add(payment(other, WECHAT_PAY, PRICE, NOW.minus(Duration.ofMinutes(25))));
        payments().add(riceOnly);
        payments().add(novelFirst);

        assertThat(idsOf(payments().findByOrders(List.of(rice.id(), novel.id()))))
                .containsExactly(novelFirst.id(), riceOnly.id(), novelAgain.id());
    }

    @Test
    void findByOrders_withNoOrders_findsNothing() {
        payments().add(payment(storedOrder(), WECHAT_PAY, PRICE, NOW));

        assertThat(payments().findByOrders(List.of())).isEmpty();
    }

    @Test
    void findByStatusCreatedBefore_findsOnlyThatStatusCreatedStrictlyBeforeTheCutoff_oldestFirst() {
        Order order = storedOrder();
        Instant cutoff = NOW;
        Payment older = payment(order, WECHAT_PAY, PRICE, cutoff.minus(Duration.ofMinutes(40)));
        older.outcomeUnknown(cutoff.minus(Duration.ofMinutes(39)));
        Payment newer = payment(order, ALIPAY, PRICE, cutoff.minus(Duration.ofMinutes(5)));
        newer.outcomeUnknown(cutoff.minus(Duration.ofMinutes(4)));
        Payment atCutoff = payment(order, JD_PAY, PRICE, cutoff);
        atCutoff.outcomeUnknown(cutoff.plusSeconds(1));
        Payment stillCreated = payment(order, WECHAT_PAY, PRICE, cutoff.minus(Duration.ofMinutes(50)));
        List.of(newer, atCutoff, stillCreated, older).forEach(payments()::add);

        assertThat(idsOf(payments().findByStatusCreatedBefore(UNKNOWN, cutoff)))
                .containsExactly(older.id(), newer.id());
        assertThat(idsOf(payments().findByStatusCreatedBefore(CREATED, cutoff)))
                .containsExactly(stillCreated.id());
        assertThat(payments().findByStatusCreatedBefore(AWAITING_CONFIRMATION, cutoff)).isEmpty();
    }

    @Test
    void findRefundDue_listsOnlyPaymentsThatStillOweARefund_oldestFirst() {
        Payment firstCharge = succeeded(payment(storedOrder(), WECHAT_PAY, PRICE, NOW.minus(Duration.ofHours(3))));
        Payment olderDouble = succeeded(payment(storedOrder(), ALIPAY, PRICE, NOW.minus(Duration.ofHours(2))));
        olderDouble.chargedTwice(NOW);
        Payment newerDouble = succeeded(payment(storedOrder(), JD_PAY, PRICE, NOW.minus(Duration.ofHours(1))));
        newerDouble.chargedTwice(NOW);
        Payment refundedAlready = succeeded(payment(storedOrder(), WECHAT_PAY, PRICE, NOW.minus(Duration.ofHours(4))));
        refundedAlready.chargedTwice(NOW);
        refundedAlready.refunded(new Refund("R-0001", PRICE, RefundReason.DOUBLE_PAYMENT, NOW, "wx-r-1"));
        List.of(newerDouble, firstCharge, refundedAlready, olderDouble).forEach(payments()::add);

        assertThat(idsOf(payments().findRefundDue())).containsExactly(olderDouble.id(), newerDouble.id());
    }

    @Test
    void givenPayment_lockPaidByInATransaction_readsTheOrderItPays() {
        Order order = storedOrder();
        Payment payment = payment(order, WECHAT_PAY, PRICE, NOW);
        payments().add(payment);

        Order locked = transactions().inTransaction(() -> orders().lockPaidBy(payment.id()).orElseThrow());

        assertThat(locked).usingRecursiveComparison().isEqualTo(order);
    }

    @Test
    void givenUnknownPayment_lockPaidBy_findsNothing() {
        payments().add(payment(storedOrder(), WECHAT_PAY, PRICE, NOW));

        assertThat(transactions().inTransaction(() -> orders().lockPaidBy(new PaymentId(UUID.randomUUID()))))
                .isEmpty();
    }

    @Test
    void outsideATransaction_lockPaidBy_isRefused_becauseNothingWouldKeepTheOrderLocked() {
        Payment payment = payment(storedOrder(), WECHAT_PAY, PRICE, NOW);
        payments().add(payment);

        assertThatThrownBy(() -> orders().lockPaidBy(payment.id())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void findUnderWayOfClosedOrders_listsThePaymentsStillUnderWayOfOrdersThatClosed_oldestFirst() {
        Order closed = storedOrder();
        Payment waiting = payment(closed, WECHAT_PAY, PRICE, NOW.minus(Duration.ofMinutes(20)));
        waiting.awaitConfirmation(WALLET_PAGE, NOW.minus(Duration.ofMinutes(19)));
        Payment unknown = payment(closed, ALIPAY, PRICE, NOW.minus(Duration.ofMinutes(25)));
        unknown.outcomeUnknown(NOW.minus(Duration.ofMinutes(24)));
        Payment failed = payment(closed, JD_PAY, PRICE, NOW.minus(Duration.ofMinutes(30)));
        failed.fail(PaymentFailureReason.DECLINED, NOW.minus(Duration.ofMinutes(29)));
        Order open = storedOrder();
        Payment waitingOnAnOpenOrder = payment(open, WECHAT_PAY, PRICE, NOW.minus(Duration.ofMinutes(5)));
        List.of(waiting, unknown, failed, waitingOnAnOpenOrder).forEach(payments()::add);
        transactions().inTransaction(() -> {
            Order locked = orders().lockById(closed.id()).orElseThrow();
            locked.close(NOW);
            orders().update(locked);
        });

        assertThat(idsOf(payments().findUnderWayOfClosedOrders())).containsExactly(unknown.id(), waiting.id());
    }

    @Test
    void findUnderWayWith_listsTheCustomersPaymentsStillUnderWayWithThatWallet() {
        Order order = storedOrder();
        BindingId wallet = new BindingId(UUID.randomUUID());
        Payment waiting = paymentWith(wallet, ALIPAY, order, NOW.minus(Duration.ofMinutes(20)));
        waiting.awaitConfirmation(WALLET_PAGE, NOW.minus(Duration.ofMinutes(19)));
        Payment unknown = paymentWith(wallet, ALIPAY, order, NOW.minus(Duration.ofMinutes(25)));
        unknown.outcomeUnknown(NOW.minus(Duration.ofMinutes(24)));
        Payment failed = paymentWith(wallet, ALIPAY, order, NOW.minus(Duration.ofMinutes(30)));
        failed.fail(PaymentFailureReason.DECLINED, NOW.minus(Duration.ofMinutes(29)));
        Payment withAnotherWallet = payment(order, WECHAT_PAY, PRICE, NOW.minus(Duration.ofMinutes(5)));
        Payment ofAnotherCustomer = payment(storedOrder(), WECHAT_PAY, PRICE, NOW.minus(Duration.ofMinutes(5)));
        List.of(waiting, unknown, failed, withAnotherWallet, ofAnotherCustomer).forEach(payments()::add);

        assertThat(idsOf(payments().findUnderWayWith(order.customerId(), wallet)))
                .containsExactlyInAnyOrder(unknown.id(), waiting.id());
        assertThat(payments().findUnderWayWith(ofAnotherCustomer.customerId(), wallet)).isEmpty();
    }

    @Test
    void findUnderWayOf_listsTheCustomersPaymentsStillUnderWayWithAnyWallet() {
        Order order = storedOrder();
        Payment waiting = payment(order, ALIPAY, PRICE, NOW.minus(Duration.ofMinutes(20)));
        waiting.awaitConfirmation(WALLET_PAGE, NOW.minus(Duration.ofMinutes(19)));
        Payment unknown = payment(order, WECHAT_PAY, PRICE, NOW.minus(Duration.ofMinutes(25)));
        unknown.outcomeUnknown(NOW.minus(Duration.ofMinutes(24)));
        Payment failed = payment(order, WECHAT_PAY, PRICE, NOW.minus(Duration.ofMinutes(30)));
        failed.fail(PaymentFailureReason.DECLINED, NOW.minus(Duration.ofMinutes(29)));
        Payment ofAnotherCustomer = payment(storedOrder(), WECHAT_PAY, PRICE, NOW.minus(Duration.ofMinutes(5)));
        List.of(waiting, unknown, failed, ofAnotherCustomer).forEach(payments()::add);

        assertThat(idsOf(payments().findUnderWayOf(order.customerId())))
                .containsExactlyInAnyOrder(unknown.id(), waiting.id());
    }

    @Test
    void findUnderWayOfFrozenAccounts_listsThePaymentsStillUnderWayOfAccountsFrozenNow_oldestFirst() {
        Order ofFrozen = storedOrder();
        Order ofActive = storedOrder();
        Payment waiting = payment(ofFrozen, ALIPAY, PRICE, NOW.minus(Duration.ofMinutes(20)));
        waiting.awaitConfirmation(WALLET_PAGE, NOW.minus(Duration.ofMinutes(19)));
        Payment unknown = payment(ofFrozen, ALIPAY, PRICE, NOW.minus(Duration.ofMinutes(25)));
        unknown.outcomeUnknown(NOW.minus(Duration.ofMinutes(24)));
        Payment failed = payment(ofFrozen, ALIPAY, PRICE, NOW.minus(Duration.ofMinutes(30)));
        failed.fail(PaymentFailureReason.DECLINED, NOW.minus(Duration.ofMinutes(29)));
        Payment ofAnActiveAccount = payment(ofActive, ALIPAY, PRICE, NOW.minus(Duration.ofMinutes(5)));
        List.of(waiting, unknown, failed, ofAnActiveAccount).forEach(payments()::add);
        customers().update(customers().findById(ofFrozen.customerId()).orElseThrow().frozen());

        assertThat(idsOf(payments().findUnderWayOfFrozenAccounts())).containsExactly(unknown.id(), waiting.id());
    }

    @Test
    void findUnderWayOfEndedBindings_listsThePaymentsStillUnderWayWhoseWalletIsBoundNoMore_oldestFirst() {
        Order order = storedOrder();
        WalletBinding unbound = storedActiveBinding(order, ALIPAY, "13800000001");
        WalletBinding stillBound = storedActiveBinding(order, WECHAT_PAY, "13800000002");
        Payment waiting = paymentWith(unbound.id(), ALIPAY, order, NOW.minus(Duration.ofMinutes(20)));
        waiting.awaitConfirmation(WALLET_PAGE, NOW.minus(Duration.ofMinutes(19)));
        Payment unknown = paymentWith(unbound.id(), ALIPAY, order, NOW.minus(Duration.ofMinutes(25)));
        unknown.outcomeUnknown(NOW.minus(Duration.ofMinutes(24)));
        Payment failed = paymentWith(unbound.id(), ALIPAY, order, NOW.minus(Duration.ofMinutes(30)));
        failed.fail(PaymentFailureReason.DECLINED, NOW.minus(Duration.ofMinutes(29)));
        Payment waitingWithABoundWallet = paymentWith(stillBound.id(), WECHAT_PAY, order,
                NOW.minus(Duration.ofMinutes(5)));
        List.of(waiting, unknown, failed, waitingWithABoundWallet).forEach(payments()::add);
        WalletBinding ending = walletBindings().findById(unbound.id()).orElseThrow();
        ending.unbind(NOW, Optional.empty());
        walletBindings().update(ending);

        assertThat(idsOf(payments().findUnderWayOfEndedBindings())).containsExactly(unknown.id(), waiting.id());
    }

    @Test
    void givenPaymentUpdatedWhileSomeoneWaits_awaitChange_returnsTrueAtOnce() throws Exception {
        Payment payment = payment(storedOrder(), WECHAT_PAY, PRICE, NOW);
        payments().add(payment);
        AtomicReference<Thread> waiter = new AtomicReference<>();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            waiter.set(Thread.currentThread());
            return payments().awaitChange(payment, Duration.ofSeconds(30));
        });
        pollUntil("the waiter waits", () -> waiter.get() != null && isWaiting(waiter.get()));

        transactions().inTransaction(() -> {
            Payment loaded = payments().findById(payment.id()).orElseThrow();
            loaded.outcomeUnknown(at(1));
            payments().update(loaded);
        });

        assertThat(waiting.get(10, TimeUnit.SECONDS)).as("told of the update well before its time was up").isTrue();
    }

    @Test
    void givenPaymentNobodyUpdates_awaitChange_returnsFalseOnceTheTimeIsUp() {
        Payment payment = payment(storedOrder(), WECHAT_PAY, PRICE, NOW);
        payments().add(payment);

        assertThat(payments().awaitChange(payment, Duration.ofMillis(50))).isFalse();
    }

    /** The change came between the caller's read and its wait: the wait must not miss it. */
    @Test
    void givenPaymentChangedSinceTheCallerReadIt_awaitChange_returnsTrueWithoutWaiting() {
        Payment payment = payment(storedOrder(), WECHAT_PAY, PRICE, NOW);
        payments().add(payment);
        Payment asSeen = payments().findById(payment.id()).orElseThrow();
        transactions().inTransaction(() -> {
            Payment loaded = payments().findById(payment.id()).orElseThrow();
            loaded.outcomeUnknown(at(1));
            payments().update(loaded);
        });
        long before = System.nanoTime();

        boolean changed = payments().awaitChange(asSeen, Duration.ofSeconds(30));

        assertThat(changed).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));
    }

    /** Another node changed the payment between the caller's read and its wait: the wait sees it within a moment. */
    @Test
    void givenPaymentChangedOnAnotherNodeSinceTheCallerReadIt_awaitChange_returnsTrueWithinAMoment() {
        Payment payment = payment(storedOrder(), WECHAT_PAY, PRICE, NOW);
        payments().add(payment);
        Payment asSeen = payments().findById(payment.id()).orElseThrow();
        Payments otherNode = anotherNode();
        Payment loaded = otherNode.findById(payment.id()).orElseThrow();
        loaded.outcomeUnknown(at(1));
        otherNode.update(loaded);
        long before = System.nanoTime();

        boolean changed = payments().awaitChange(asSeen, Duration.ofSeconds(30));

        assertThat(changed).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));
    }

    /** The payment, confirmed and charged a minute and two after it was created. */
    private static Payment succeeded(Payment payment) {
        payment.awaitConfirmation(WALLET_PAGE, payment.createdAt().plus(Duration.ofMinutes(1)));
        payment.succeed("transaction-" + payment.id(), payment.createdAt().plus(Duration.ofMinutes(2)));
        return payment;
    }

    private static Instant at(int minutesAfterNow) {
        return NOW.plus(Duration.ofMinutes(minutesAfterNow));
    }

    /** A new order of a new customer; each call places one with a number of its own. */
    private Order storedOrder() {
        ordersPlaced++;
        Customer customer = customer("138%08d".formatted(ordersPlaced), null, "Customer " + ordersPlaced);
        customers().add(customer);
        Order order = order(customer.id(), orderNumber(ordersPlaced), NOW.minus(Duration.ofDays(1)), List.of(EARBUDS));
        orders().add(order);
        return order;
    }

    /** A wallet of the order's customer, bound through every step. */
    private WalletBinding storedActiveBinding(Order order, WalletProvider provider, String phone) {
        Instant started = NOW.minus(Duration.ofDays(2));
        WalletBinding wallet = binding(order.customerId(), provider, walletPhone(phone), started);
        walletBindings().add(wallet);
        wallet.codeAccepted(started.plusSeconds(30));
        wallet.authorized("agreement-" + phone, false, started.plusSeconds(60));
        walletBindings().update(wallet);
        return walletBindings().findById(wallet.id()).orElseThrow();
    }

    /** A new payment of the order with this wallet, recorded at {@code createdAt}. */
    private static Payment paymentWith(BindingId wallet, WalletProvider provider, Order order, Instant createdAt) {
        return Payment.create(new PaymentId(UUID.randomUUID()), order.id(), order.number(), order.customerId(),
                wallet, provider, PRICE, createdAt);
    }

    /** True while the thread waits with a time limit, as a thread waiting to be told of an update does. */
    private static boolean isWaiting(Thread thread) {
        return thread.getState() == Thread.State.TIMED_WAITING;
    }

    private static void pollUntil(String what, BooleanSupplier condition) {
        long giveUpAt = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > giveUpAt) {
                throw new AssertionError("not within 10 s: " + what);
            }
            Thread.yield();
        }
    }

    private static List<PaymentId> idsOf(List<Payment> payments) {
        return payments.stream().map(Payment::id).toList();
    }
}
