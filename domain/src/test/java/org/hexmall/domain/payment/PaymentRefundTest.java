package org.hexmall.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/** Money going back: full and partial refunds, each request number counted once, and orders paid twice. */
class PaymentRefundTest {

    private static final Instant CREATED = Instant.parse("2026-11-22T10:02:00Z");
    private static final Instant CHARGED = CREATED.plus(Duration.ofMinutes(1));
    private static final Instant REFUNDED = CREATED.plus(Duration.ofMinutes(5));
    private static final Money AMOUNT = Money.ofYuan(100, 0);

    private final Payment payment = Payment.create(new PaymentId(UUID.randomUUID()), new OrderId(UUID.randomUUID()),
            new OrderNumber("261122045584"), new CustomerId(UUID.randomUUID()),
            new BindingId(UUID.randomUUID()), WalletProvider.WECHAT_PAY, AMOUNT, CREATED);

    private void charge() {
        payment.awaitConfirmation("https://wallet.example/pay/1", CREATED);
        payment.succeed("wx-transaction-1", CHARGED);
    }

    private static Refund refund(String number, Money amount) {
        return new Refund(number, amount, RefundReason.CUSTOMER_REQUEST, REFUNDED, "provider-" + number);
    }

    @Test
    void aPartialRefund_leavesTheRestRefundable() {
        charge();

        assertThat(payment.refunded(refund("R-1", Money.ofYuan(30, 0)))).isTrue();

        assertThat(payment.refundable()).isEqualTo(Money.ofYuan(70, 0));
        assertThat(payment.refunds()).extracting(Refund::requestNumber).containsExactly("R-1");
        assertThat(payment.timeline()).last()
                .isEqualTo(PaymentEvent.noted(REFUNDED, PaymentStatus.SUCCEEDED, PaymentNote.REFUNDED));
    }

    @Test
    void partialRefunds_canAddUpToTheWholeAmount_butNoFurther() {
        charge();
        payment.refunded(refund("R-1", Money.ofYuan(30, 0)));
        payment.refunded(refund("R-2", Money.ofYuan(70, 0)));

        assertThat(payment.refundable()).isEqualTo(Money.ZERO);
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> payment.refunded(refund("R-3", Money.ofFen(1))))
                .extracting(DomainException::code).isEqualTo("payment.refund-exceeds");
    }

    @Test
    void theSameRefundRecordedTwice_countsOnce() {
        charge();
        payment.refunded(refund("R-1", Money.ofYuan(30, 0)));

        assertThat(payment.refunded(refund("R-1", Money.ofYuan(30, 0)))).isFalse();

        assertThat(payment.refunds()).hasSize(1);
        assertThat(payment.refundable()).isEqualTo(Money.ofYuan(70, 0));
    }

    @Test
    void aRefundNumber_cannotBeUsedAgainForAnotherAmount() {
        charge();
        payment.refunded(refund("R-1", Money.ofYuan(30, 0)));

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> payment.refunded(refund("R-1", Money.ofYuan(40, 0))))
                .extracting(DomainException::code).isEqualTo("payment.refund-number-reused");
    }

    @Test
    void aPaymentThatChargedNothing_cannotBeRefunded() {
        assertThat(payment.refundable()).isEqualTo(Money.ZERO);
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> payment.refunded(refund("R-1", Money.ofYuan(1, 0))))
                .extracting(DomainException::code).isEqualTo("payment.not-charged");
    }

    @Test
    void aRefundOfNothing_isRefused() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> refund("R-1", Money.ZERO))
                .extracting(DomainException::code).isEqualTo("payment.refund-zero");
    }

    @Test
    void aSecondChargeForAnOrder_owesItsMoneyBackUntilRefundedInFull() {
        charge();

        payment.chargedTwice(CHARGED);

        assertThat(payment.isDoublePayment()).isTrue();
        assertThat(payment.isRefundDue()).isTrue();
        payment.refunded(new Refund("DP-1", AMOUNT, RefundReason.DOUBLE_PAYMENT, REFUNDED, "provider-DP-1"));
        assertThat(payment.isRefundDue()).isFalse();
        assertThat(payment.isDoublePayment()).isTrue();
        assertThat(payment.timeline()).filteredOn(PaymentEvent.Noted.class::isInstance)
                .extracting(event -> ((PaymentEvent.Noted) event).note())
                .containsSubsequence(PaymentNote.DOUBLE_PAYMENT, PaymentNote.REFUNDED);
    }

    @Test
    void aSecondChargeNoticedTwice_isNotedOnce() {
        charge();

        payment.chargedTwice(CHARGED);
        payment.chargedTwice(CHARGED);

        assertThat(payment.timeline()).filteredOn(event -> event.is(PaymentNote.DOUBLE_PAYMENT))
                .hasSize(1);
    }

    @Test
    void aPaymentSentToTheWallet_remembersWhereTheCustomerConfirms() {
        payment.awaitConfirmation("https://wallet.example/pay/1", CREATED);

        assertThat(payment.confirmationUrl()).contains("https://wallet.example/pay/1");
        assertThat(payment.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void aPaymentWhoseWholeChargeWentBack_isFullyRefunded() {
        charge();
        payment.refunded(refund("R-1", Money.ofYuan(30, 0)));
        assertThat(payment.isFullyRefunded()).isFalse();

        payment.refunded(refund("R-2", Money.ofYuan(70, 0)));

        assertThat(payment.isFullyRefunded()).isTrue();
    }
}
