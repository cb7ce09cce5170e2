package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.acceptance.usecase.Shelf.CHARGER;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.payment.RefundReason.CUSTOMER_REQUEST;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.util.UUID;
import org.hexmall.application.service.payment.shared.RefundOutcome;
import org.hexmall.application.service.payment.shared.Refunds;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.Refund;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.simulator.wallet.fault.Fault;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The store gives money back from a paid order, in full or in part, to the wallet that paid it. Refunding is a
 * helper of the payment area, not a use case of its own, so the test builds it on the harness's storage and wallet
 * gateway, as the composition root does.
 */
class RefundPaymentTest {

    private static final String PHONE = "13800138000";
    /** Tea and a charger: ¥29.90 + ¥89.00. */
    private static final Money TOTAL = Money.ofYuan(118, 90);
    private static final long PAID_BALANCE = 500_00 - TOTAL.fen();

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final WalletAccountIdentifier alipayAccount = hexmall.walletAccountAt(ALIPAY, "13800000001");
    private final Refunds refunds = new Refunds(hexmall.storage.payments(), hexmall.storage.orders(),
            hexmall.storage.transactions(), hexmall.walletGateway(), hexmall.clock);
    private final PaymentId payment;

    RefundPaymentTest() {
        hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
        hexmall.stock(TEA, CHARGER);
        payment = hexmall.paid(customer, hexmall.orderOf(customer, TEA, CHARGER), ALIPAY);
    }

    @Test
    void aFullRefund_givesTheWholeAmountBackToTheWallet() {
        RefundOutcome outcome = refund("RF-0001", TOTAL);

        assertThat(outcome).isInstanceOfSatisfying(RefundOutcome.Refunded.class,
                refunded -> assertThat(refunded.payment().refunded()).isEqualTo(TOTAL));
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00);
        assertThat(hexmall.paymentSeenByAgent(payment).refunds()).extracting(Refund::requestNumber, Refund::reason)
                .containsExactly(tuple("RF-0001", CUSTOMER_REQUEST));
    }

    @Test
    void twoPartialRefunds_giveBackUpToTheAmountAndNoMore() {
        RefundOutcome first = refund("RF-0001", Money.ofYuan(89, 0));
        RefundOutcome second = refund("RF-0002", Money.ofYuan(29, 90));

        assertThat(first).isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(second).isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00);
        assertThat(refund("RF-0003", Money.ofFen(1))).isEqualTo(new RefundOutcome.Refused("payment.refund-exceeds"));
        assertThat(hexmall.paymentSeenByAgent(payment).refunded()).isEqualTo(TOTAL);
    }

    @Test
    void theSameRefundNumberAgain_answersTheSameAndGivesTheMoneyBackOnce() {
        RefundOutcome first = refund("RF-0001", Money.ofYuan(50, 0));

        RefundOutcome again = refund("RF-0001", Money.ofYuan(50, 0));

        assertThat(again).isEqualTo(first);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(PAID_BALANCE + 50_00);
        assertThat(hexmall.wallets.refunds().of(ALIPAY, payment)).hasSize(1);
        assertThat(hexmall.paymentSeenByAgent(payment).refunds()).hasSize(1);
    }

    @Test
    void moreThanIsLeftToRefund_isRefusedAndNothingMoves() {
        refund("RF-0001", Money.ofYuan(100, 0));

        RefundOutcome tooMuch = refund("RF-0002", Money.ofYuan(20, 0));

        assertThat(tooMuch).isEqualTo(new RefundOutcome.Refused("payment.refund-exceeds"));
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(PAID_BALANCE + 100_00);
        assertThat(hexmall.paymentSeenByAgent(payment).refunded()).isEqualTo(Money.ofYuan(100, 0));
    }

    @Test
    void anUnknownPayment_isRefusedAndNothingMoves() {
        RefundOutcome outcome = refunds.refund(new PaymentId(UUID.randomUUID()), "RF-0001", TOTAL, CUSTOMER_REQUEST);

        assertThat(outcome).isInstanceOf(RefundOutcome.Refused.class);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(PAID_BALANCE);
    }

    @Test
    void whenTheProviderIsDown_theRefundIsToBeTriedLaterAndTheSameNumberThenGoesThroughOnce() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        RefundOutcome whileDown = refund("RF-0001", TOTAL);
        assertThat(whileDown).isInstanceOf(RefundOutcome.TryLater.class);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(PAID_BALANCE);

        hexmall.wallets.faults().remove(ALIPAY);
        RefundOutcome later = refund("RF-0001", TOTAL);

        assertThat(later).isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00);
        assertThat(hexmall.wallets.refunds().of(ALIPAY, payment)).hasSize(1);
    }

    @Test
    void aRefundWhoseAnswerWasLost_isNotMadeAgainWhenAskedWithTheSameNumber() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.TIMEOUT);
        RefundOutcome unanswered = refund("RF-0001", TOTAL);
        assertThat(unanswered).isInstanceOf(RefundOutcome.TryLater.class);

        hexmall.wallets.faults().remove(ALIPAY);
        RefundOutcome askedAgain = refund("RF-0001", TOTAL);

        assertThat(askedAgain).isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00);
        assertThat(hexmall.wallets.refunds().of(ALIPAY, payment)).hasSize(1);
        assertThat(hexmall.paymentSeenByAgent(payment).refunded()).isEqualTo(TOTAL);
    }

    @Test
    void aPaymentThatChargedNothing_cannotBeRefunded() {
        OrderId unpaid = hexmall.orderOf(customer, TEA);
        PaymentId awaitingConfirmation = InMemoryHexmall.paymentOf(hexmall.pay(customer, unpaid));

        RefundOutcome outcome = refunds.refund(awaitingConfirmation, "RF-0001", TEA.price(), CUSTOMER_REQUEST);

        assertThat(outcome).isInstanceOf(RefundOutcome.Refused.class);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(PAID_BALANCE);
    }

    private RefundOutcome refund(String number, Money amount) {
        return refunds.refund(payment, number, amount, CUSTOMER_REQUEST);
    }
}
