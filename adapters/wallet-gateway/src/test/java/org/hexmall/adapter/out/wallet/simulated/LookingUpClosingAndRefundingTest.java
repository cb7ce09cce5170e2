package org.hexmall.adapter.out.wallet.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.LI_LEI_PHONE;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.PAY_RETURN_URL;

import java.util.UUID;
import org.hexmall.application.port.out.wallet.PaymentLookup;
import org.hexmall.application.port.out.wallet.PaymentRequest;
import org.hexmall.application.port.out.wallet.PaymentStart;
import org.hexmall.application.port.out.wallet.RefundRequest;
import org.hexmall.application.port.out.wallet.RefundResult;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.payment.PayAttempt;
import org.hexmall.simulator.wallet.payment.SimulatedRefund;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The store asks a simulated provider what became of a payment, closes one, and gives money back. */
class LookingUpClosingAndRefundingTest {

    private static final String PASSWORD = "135790";
    private static final Money AMOUNT = Money.ofYuan(1_234, 50);
    private static final long BALANCE_BEFORE = 888_800;

    private final WalletSimulator simulator = TestProviders.simulator();
    private final SimulatedWalletGateway store = TestProviders.gatewayTo(simulator);
    private final String agreement;

    LookingUpClosingAndRefundingTest() {
        simulator.accounts().open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", BALANCE_BEFORE, PASSWORD);
        agreement = TestProviders.agreementFor(simulator, WalletProvider.ALIPAY, LI_LEI_PHONE, PASSWORD);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void aPaymentWaitingForTheCustomerIsOpen() {
        PaymentId payment = startPayment();

        assertThat(store.lookUpPayment(WalletProvider.ALIPAY, payment)).isInstanceOf(PaymentLookup.Open.class);
    }

    @Test
    void aPaymentTheProviderNeverReceivedIsNotFound() {
        PaymentId payment = startPayment();

        assertThat(store.lookUpPayment(WalletProvider.ALIPAY, new PaymentId(UUID.randomUUID())))
                .isInstanceOf(PaymentLookup.NotFound.class);
        assertThat(store.lookUpPayment(WalletProvider.WECHAT_PAY, payment))
                .as("asked at another provider").isInstanceOf(PaymentLookup.NotFound.class);
    }

    @Test
    void closingAnOpenPaymentMeansItCanNeverBePaid() {
        PaymentId payment = startPayment();
        String page = pageOf(payment);

        PaymentLookup closed = store.closePayment(WalletProvider.ALIPAY, payment);

        assertThat(closed).isEqualTo(new PaymentLookup.Closed());
        assertThat(simulator.payments().pay(WalletProvider.ALIPAY, page, PASSWORD))
                .isInstanceOf(PayAttempt.NotPaid.class);
        assertThat(balance()).isEqualTo(BALANCE_BEFORE);
        assertThat(store.closePayment(WalletProvider.ALIPAY, payment)).as("closing twice").isEqualTo(closed);
    }

    @Test
    void closingAPaymentTheCustomerPaidFirstAnswersPaidAndKeepsTheMoneyWhereItWent() {
        PaymentId payment = startPayment();
        simulator.payments().pay(WalletProvider.ALIPAY, pageOf(payment), PASSWORD);

        PaymentLookup closed = store.closePayment(WalletProvider.ALIPAY, payment);

        assertThat(closed).isInstanceOfSatisfying(PaymentLookup.Paid.class,
                paid -> assertThat(paid.amount()).isEqualTo(AMOUNT));
        assertThat(balance()).isEqualTo(BALANCE_BEFORE - AMOUNT.fen());
    }

    @Test
    void closingAPaymentTheProviderNeverReceivedIsNotFound() {
        assertThat(store.closePayment(WalletProvider.ALIPAY, new PaymentId(UUID.randomUUID())))
                .isInstanceOf(PaymentLookup.NotFound.class);
    }

    @Test
    void aFullRefundPutsTheWholeAmountBack() {
        PaymentId payment = paidPayment();

        RefundResult result = store.refund(refund(payment, "refund-1", AMOUNT));

        assertThat(result).isInstanceOfSatisfying(RefundResult.Refunded.class,
                refunded -> assertThat(refunded.providerRefund()).matches("20261122\\d{20}"));
        assertThat(balance()).isEqualTo(BALANCE_BEFORE);
    }

    @Test
    void partialRefundsAddUpToTheAmountAndNotBeyond() {
        PaymentId payment = paidPayment();

        assertThat(store.refund(refund(payment, "refund-1", Money.ofYuan(1_000, 0))))
                .isInstanceOf(RefundResult.Refunded.class);
        assertThat(store.refund(refund(payment, "refund-2", Money.ofYuan(234, 51))))
                .isEqualTo(new RefundResult.Refused("more than is left to refund: ¥234.50 left"));
        assertThat(store.refund(refund(payment, "refund-3", Money.ofYuan(234, 50))))
                .isInstanceOf(RefundResult.Refunded.class);

        assertThat(balance()).isEqualTo(BALANCE_BEFORE);
        assertThat(simulator.refunds().of(WalletProvider.ALIPAY, payment)).extracting(SimulatedRefund::refundNumber)
                .containsExactly("refund-1", "refund-3");
    }

    @Test
    void askingAgainWithTheSameNumberAnswersTheSameRefundAndMovesNoMoreMoney() {
        PaymentId payment = paidPayment();

        RefundResult first = store.refund(refund(payment, "refund-1", Money.ofYuan(100, 0)));
        RefundResult again = store.refund(refund(payment, "refund-1", Money.ofYuan(100, 0)));

        assertThat(again).isEqualTo(first).isInstanceOf(RefundResult.Refunded.class);
        assertThat(balance()).isEqualTo(BALANCE_BEFORE - AMOUNT.fen() + 10_000);
    }

    @Test
    void aRefundNumberUsedForAnotherRefundIsRefused() {
        PaymentId payment = paidPayment();
        store.refund(refund(payment, "refund-1", Money.ofYuan(100, 0)));

        assertThat(store.refund(refund(payment, "refund-1", Money.ofYuan(200, 0))))
                .isEqualTo(new RefundResult.Refused("the refund number was used for another refund"));
        assertThat(balance()).isEqualTo(BALANCE_BEFORE - AMOUNT.fen() + 10_000);
    }

    @Test
    void onlyAPaidPaymentCanBeRefunded() {
        PaymentId open = startPayment();

        assertThat(store.refund(refund(open, "refund-1", Money.ofYuan(1, 0))))
                .isEqualTo(new RefundResult.Refused("the payment is not paid"));
        assertThat(store.refund(refund(new PaymentId(UUID.randomUUID()), "refund-2", Money.ofYuan(1, 0))))
                .isEqualTo(new RefundResult.Refused("no such payment"));
        assertThat(store.refund(refund(paidPayment(), "refund-3", Money.ZERO)))
                .isEqualTo(new RefundResult.Refused("a refund gives back at least one fen"));
        assertThat(balance()).isEqualTo(BALANCE_BEFORE - AMOUNT.fen());
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"PROVIDER_DOWN", "TIMEOUT"})
    void aProviderThatIsDownOrSilentCannotBeAsked(Fault fault) {
        PaymentId payment = paidPayment();
        simulator.faults().inject(WalletProvider.ALIPAY, fault);

        assertThat(store.lookUpPayment(WalletProvider.ALIPAY, payment))
                .isInstanceOf(PaymentLookup.ProviderUnavailable.class);
        assertThat(store.closePayment(WalletProvider.ALIPAY, payment))
                .isInstanceOf(PaymentLookup.ProviderUnavailable.class);
        assertThat(store.refund(refund(payment, "refund-1", Money.ofYuan(1, 0))))
                .isInstanceOf(RefundResult.ProviderUnavailable.class);
    }

    @Test
    void aRefundWhoseAnswerWasLostIsMadeOnceAndAnsweredWhenAskedAgain() {
        PaymentId payment = paidPayment();
        simulator.faults().inject(WalletProvider.ALIPAY, LI_LEI_PHONE, Fault.TIMEOUT);
        assertThat(store.refund(refund(payment, "refund-1", Money.ofYuan(100, 0))))
                .isInstanceOf(RefundResult.ProviderUnavailable.class);

        simulator.faults().clear();
        RefundResult again = store.refund(refund(payment, "refund-1", Money.ofYuan(100, 0)));

        assertThat(again).isInstanceOf(RefundResult.Refunded.class);
        assertThat(balance()).isEqualTo(BALANCE_BEFORE - AMOUNT.fen() + 10_000);
    }

    @Test
    void aSlowProviderStillAnswersInTime() {
        PaymentId payment = paidPayment();
        simulator.faults().inject(WalletProvider.ALIPAY, Fault.SLOW);

        assertThat(store.lookUpPayment(WalletProvider.ALIPAY, payment)).isInstanceOf(PaymentLookup.Paid.class);
        assertThat(store.refund(refund(payment, "refund-1", AMOUNT))).isInstanceOf(RefundResult.Refunded.class);
    }

    private PaymentId startPayment() {
        PaymentId payment = new PaymentId(UUID.randomUUID());
        assertThat(store.startPayment(new PaymentRequest(WalletProvider.ALIPAY, agreement, payment, "2611 2204 5584",
                AMOUNT, PAY_RETURN_URL))).isInstanceOf(PaymentStart.RedirectCustomer.class);
        return payment;
    }

    private PaymentId paidPayment() {
        PaymentId payment = startPayment();
        assertThat(simulator.payments().pay(WalletProvider.ALIPAY, pageOf(payment), PASSWORD))
                .isInstanceOf(PayAttempt.Paid.class);
        return payment;
    }

    private String pageOf(PaymentId payment) {
        return simulator.payments().find(WalletProvider.ALIPAY, payment).orElseThrow().id();
    }

    private static RefundRequest refund(PaymentId payment, String number, Money amount) {
        return new RefundRequest(WalletProvider.ALIPAY, payment, number, amount);
    }

    private long balance() {
        return simulator.accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE).orElseThrow().balanceFen();
    }

    @Test
    void aRefundWeChatPayConfirmsLater_isProcessing_andAskingAgainWithTheNumberAnswersRefunded() {
        simulator.accounts().open(WalletProvider.WECHAT_PAY, LI_LEI_PHONE, "Li Lei", BALANCE_BEFORE, PASSWORD);
        String wechatAgreement = TestProviders.agreementFor(simulator, WalletProvider.WECHAT_PAY, LI_LEI_PHONE,
                PASSWORD);
        PaymentId payment = new PaymentId(UUID.randomUUID());
        var started = (PaymentStart.RedirectCustomer) store.startPayment(new PaymentRequest(WalletProvider.WECHAT_PAY,
                wechatAgreement, payment, "2611 2204 5584", AMOUNT, PAY_RETURN_URL));
        String page = started.url().getPath().substring(started.url().getPath().lastIndexOf('/') + 1);
        simulator.payments().pay(WalletProvider.WECHAT_PAY, page, PASSWORD);
        var request = new RefundRequest(WalletProvider.WECHAT_PAY, payment, "RF-1", Money.ofYuan(100, 0));

        RefundResult first = store.refund(request);
        RefundResult again = store.refund(request);

        assertThat(first).isInstanceOf(RefundResult.Processing.class);
        assertThat(again).isEqualTo(new RefundResult.Refunded(((RefundResult.Processing) first).providerRefund()));
    }

}
