package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.Shelf.CHARGER;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentReturn;
import org.hexmall.application.port.in.support.CustomerDetails;
import org.hexmall.application.port.in.support.HelpTopic;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.payment.PayAttempt;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Everything that can keep a payment from going through, each with what the customer is told and what is left
 * for them to do: nothing is ever charged, and the order can be paid again.
 */
class PaymentFailuresTest {

    private static final String PHONE = "13800138000";
    private static final String WRONG_PASSWORD = "246801";
    /** Tea and a charger: ¥29.90 + ¥89.00. */
    private static final Money TOTAL = Money.ofYuan(118, 90);

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final WalletAccountIdentifier alipayAccount = hexmall.walletAccountAt(ALIPAY, "13800000001");
    private final BindingId alipay = hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
    private final OrderId order;

    PaymentFailuresTest() {
        hexmall.stock(TEA, CHARGER);
        order = hexmall.orderOf(customer, TEA, CHARGER);
    }

    @Test
    void whenTheProviderIsDown_thePaymentFailsAndNothingIsCharged() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);

        PayResult result = hexmall.pay(customer, order);

        assertThat(result).isInstanceOfSatisfying(PayResult.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo(PaymentFailureReason.PROVIDER_UNAVAILABLE));
        assertThat(hexmall.paymentSeenBy(customer, InMemoryHexmall.paymentOf(result)).status())
                .isEqualTo(PaymentStatus.FAILED);
        assertThat(hexmall.wallets.payments().all()).isEmpty();
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void onceTheProviderIsBack_payingAgainGoesThrough() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        hexmall.pay(customer, order);
        hexmall.wallets.faults().remove(ALIPAY);

        hexmall.paid(customer, order, ALIPAY);

        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00 - TOTAL.fen());
    }

    @Test
    void withTooLittleInTheWallet_theOrderIsNotPaidAndTheBalanceStaysAsItWas() {
        String phone = "13900139000";
        CustomerId hanMeimei = hexmall.registeredCustomer(phone, "", "韩梅梅", "other-pass-99");
        WalletAccountIdentifier poorAccount = hexmall.walletAccountAt(ALIPAY, "13900000009", 100_00);
        hexmall.boundWallet(hanMeimei, phone, ALIPAY, "13900000009");
        OrderId hersToPay = hexmall.orderOf(hanMeimei, TEA, CHARGER);
        URI payPage = InMemoryHexmall.payPage(hexmall.pay(hanMeimei, hersToPay));

        PaymentReturn back = hexmall.comeBackFromPaying(hanMeimei, InMemoryHexmall.backToStore(
                hexmall.typePaymentPassword(ALIPAY, payPage, InMemoryHexmall.WALLET_PAYMENT_PASSWORD)));

        assertThat(back).isInstanceOfSatisfying(PaymentReturn.NotPaid.class, notPaid -> assertThat(
                notPaid.payment().failureReason()).contains(PaymentFailureReason.INSUFFICIENT_BALANCE));
        assertThat(hexmall.balanceOf(ALIPAY, poorAccount)).isEqualTo(100_00);
        assertThat(hexmall.order(hersToPay).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void aWrongPasswordThenTheRightOne_paysAndTheAgentSeesOneWrongPassword() {
        PayResult started = hexmall.pay(customer, order);
        URI payPage = InMemoryHexmall.payPage(started);
        assertThat(hexmall.typePaymentPassword(ALIPAY, payPage, WRONG_PASSWORD))
                .isEqualTo(new PayAttempt.WrongPassword(2));

        PaymentReturn back = hexmall.comeBackFromPaying(customer, hexmall.payInWalletApp(ALIPAY, payPage));

        assertThat(back).isInstanceOf(PaymentReturn.Paid.class);
        assertThat(InMemoryHexmall.timesNoted(hexmall.paymentSeenByAgent(InMemoryHexmall.paymentOf(started)),
                PaymentNote.WRONG_PAYMENT_PASSWORD)).isOne();
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00 - TOTAL.fen());
    }

    @Test
    void aWrongPasswordThenBack_isNotPaidAndTellsTheCustomerTwoAttemptsAreLeft() {
        URI payPage = InMemoryHexmall.payPage(hexmall.pay(customer, order));
        hexmall.typePaymentPassword(ALIPAY, payPage, WRONG_PASSWORD);

        PaymentReturn back = hexmall.comeBackFromPaying(customer, hexmall.leavePayPage(ALIPAY, payPage));

        assertThat(back).isInstanceOfSatisfying(PaymentReturn.NotPaid.class, notPaid -> {
            assertThat(notPaid.payment().failureReason()).contains(PaymentFailureReason.WRONG_PAYMENT_PASSWORD);
            assertThat(notPaid.attemptsLeft()).isEqualTo(OptionalInt.of(2));
            assertThat(notPaid.lockedUntil()).isEmpty();
        });
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00);
    }

    /**
     * The wallet said until when it locked the payment password; the store keeps it with the payment, so that the
     * customer's order and the agent's console say when the lock ends, not when it refused the payment.
     */
    @Test
    void threeWrongPasswords_lockThePasswordAndTheCustomerIsToldUntilWhen() {
        URI payPage = InMemoryHexmall.payPage(hexmall.pay(customer, order));
        Instant lockedAt = hexmall.clock.instant();
        hexmall.typePaymentPassword(ALIPAY, payPage, WRONG_PASSWORD);
        hexmall.typePaymentPassword(ALIPAY, payPage, WRONG_PASSWORD);
        assertThat(hexmall.typePaymentPassword(ALIPAY, payPage, WRONG_PASSWORD))
                .isEqualTo(new PayAttempt.Locked(lockedAt.plus(Duration.ofHours(3))));

        PaymentReturn back = hexmall.comeBackFromPaying(customer, hexmall.leavePayPage(ALIPAY, payPage));

        assertThat(back).isInstanceOfSatisfying(PaymentReturn.NotPaid.class, notPaid -> {
            assertThat(notPaid.payment().failureReason()).contains(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED);
            assertThat(notPaid.lockedUntil()).isEqualTo(Optional.of(lockedAt.plus(Duration.ofHours(3))));
            assertThat(notPaid.payment().passwordLockedUntil()).contains(lockedAt.plus(Duration.ofHours(3)));
        });
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00);

        hexmall.clock.advance(Duration.ofMinutes(10));
        CustomerDetails seenByAgent = hexmall.viewCustomerDetails.view(customer).orElseThrow();
        assertThat(seenByAgent.payments().getFirst().passwordLockedUntil())
                .contains(lockedAt.plus(Duration.ofHours(3)));
        assertThat(seenByAgent.guidedAnswers())
                .filteredOn(answer -> answer.topic() == HelpTopic.PAYMENT_PASSWORD_LOCKED).singleElement().satisfies(answer -> {
                    assertThat(answer.at()).contains(lockedAt);
                    assertThat(answer.until()).contains(lockedAt.plus(Duration.ofHours(3)));
                });
    }

    @Test
    void goingBackWithoutTypingAPassword_cancelsThePaymentAndTheOrderStaysPayable() {
        PayResult first = hexmall.pay(customer, order);

        PaymentReturn back = hexmall.comeBackFromPaying(customer,
                hexmall.leavePayPage(ALIPAY, InMemoryHexmall.payPage(first)));

        assertThat(back).isInstanceOfSatisfying(PaymentReturn.Cancelled.class,
                cancelled -> assertThat(cancelled.payment().status()).isEqualTo(PaymentStatus.CANCELLED));
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        PayResult again = hexmall.pay(customer, order);
        assertThat(again).isInstanceOf(PayResult.GoToWallet.class);
        assertThat(InMemoryHexmall.paymentOf(again)).isNotEqualTo(InMemoryHexmall.paymentOf(first));
    }

    @Test
    void aWalletUnboundInsideTheWalletApp_failsAsNotBoundAndLeavesThePaymentMethodsPage() {
        // The provider's notice of the cancellation does not reach the store: it still shows the wallet bound.
        hexmall.wallets.agreements().cancelInApp(ALIPAY, hexmall.agreementTokenOf(ALIPAY, alipayAccount));
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).extracting(BoundWallet::id)
                .containsExactly(alipay);

        PayResult result = hexmall.pay(customer, order);

        assertThat(result).isInstanceOfSatisfying(PayResult.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo(PaymentFailureReason.WALLET_NOT_BOUND));
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).isEmpty();
        assertThat(hexmall.pay(customer, order)).isEqualTo(new PayResult.NoWalletBound());
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00);
    }

    @Test
    void aSlowProviderThatAnswersInTime_sendsTheCustomerToTheWalletAppAsUsual() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.SLOW);

        PayResult result = hexmall.pay(customer, order);

        assertThat(result).isInstanceOf(PayResult.GoToWallet.class);
        assertThat(hexmall.paymentSeenBy(customer, InMemoryHexmall.paymentOf(result)).status())
                .isEqualTo(PaymentStatus.AWAITING_CONFIRMATION);
    }

    @Test
    void whenTheProviderDoesNotAnswer_theCustomerIsToldThePaymentIsBeingConfirmed() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.TIMEOUT);

        PayResult result = hexmall.pay(customer, order);

        assertThat(result).isInstanceOf(PayResult.Confirming.class);
        PaymentId payment = InMemoryHexmall.paymentOf(result);
        assertThat(hexmall.paymentSeenBy(customer, payment).status()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00);
    }
}
