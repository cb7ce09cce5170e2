package org.hexmall.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.PaymentAttempts.CloseFirst;
import org.hexmall.domain.payment.PaymentAttempts.Resume;
import org.hexmall.domain.payment.PaymentAttempts.StartNew;
import org.hexmall.domain.payment.PaymentAttempts.WaitFor;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

class PaymentAttemptsTest {

    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
    private static final OrderId ORDER = new OrderId(UUID.randomUUID());
    private static final OrderNumber NUMBER = new OrderNumber("261122045584");
    private static final CustomerId CUSTOMER = new CustomerId(UUID.randomUUID());
    private static final BindingId ALIPAY = new BindingId(UUID.randomUUID());
    private static final BindingId WECHAT = new BindingId(UUID.randomUUID());

    private int minute;

    @Test
    void anOrderNotYetPaidFor_startsANewPayment() {
        assertThat(PaymentAttempts.of(List.of()).payingWith(ALIPAY)).isEqualTo(new StartNew());
    }

    @Test
    void afterAFailedOrCancelledPayment_aNewOneStarts() {
        Payment failed = payment(ALIPAY);
        failed.fail(PaymentFailureReason.INSUFFICIENT_BALANCE, START);
        Payment cancelled = payment(WECHAT);
        cancelled.awaitConfirmation("https://wallet.example/pay/1", START);
        cancelled.cancel(START);

        assertThat(PaymentAttempts.of(List.of(failed, cancelled)).payingWith(ALIPAY)).isEqualTo(new StartNew());
    }

    @Test
    void whileAPaymentIsBeingConfirmed_nothingElseStarts_withAnyWallet() {
        Payment unknown = payment(ALIPAY);
        unknown.outcomeUnknown(START);
        PaymentAttempts attempts = PaymentAttempts.of(List.of(unknown));

        assertThat(attempts.payingWith(ALIPAY)).isEqualTo(new WaitFor(unknown));
        assertThat(attempts.payingWith(WECHAT)).isEqualTo(new WaitFor(unknown));
        assertThat(attempts.beingConfirmed()).contains(unknown);
    }

    @Test
    void aPaymentJustRecorded_isBeingConfirmedUntilTheProviderAnswers() {
        Payment recorded = payment(ALIPAY);

        assertThat(PaymentAttempts.of(List.of(recorded)).payingWith(WECHAT)).isEqualTo(new WaitFor(recorded));
    }

    @Test
    void aPaymentWaitingInTheSameWalletsApp_isResumed() {
        Payment waiting = payment(ALIPAY);
        waiting.awaitConfirmation("https://wallet.example/pay/1", START);

        assertThat(PaymentAttempts.of(List.of(waiting)).payingWith(ALIPAY)).isEqualTo(new Resume(waiting));
    }

    @Test
    void aPaymentTakenBackWhileItWaitedInTheSameWalletsApp_isClosedFirst_notResumed() {
        Payment waiting = payment(ALIPAY);
        waiting.awaitConfirmation("https://wallet.example/pay/1", START);
        waiting.withdraw(Withdrawal.ACCOUNT_FROZEN, START.plusSeconds(60));

        assertThat(PaymentAttempts.of(List.of(waiting)).payingWith(ALIPAY)).isEqualTo(new CloseFirst(waiting));
    }

    @Test
    void aPaymentWaitingInAnotherWalletsApp_isClosedBeforeANewOneStarts() {
        Payment waiting = payment(ALIPAY);
        waiting.awaitConfirmation("https://wallet.example/pay/1", START);
        PaymentAttempts attempts = PaymentAttempts.of(List.of(waiting));

        assertThat(attempts.payingWith(WECHAT)).isEqualTo(new CloseFirst(waiting));
        assertThat(attempts.beingConfirmed()).isEmpty();
    }

    @Test
    void theNewestWaitingPayment_isTheOneThatCounts() {
        Payment older = payment(WECHAT);
        older.awaitConfirmation("https://wallet.example/pay/1", START);
        Payment newer = payment(ALIPAY);
        newer.awaitConfirmation("https://wallet.example/pay/2", START);

        assertThat(PaymentAttempts.of(List.of(newer, older)).payingWith(ALIPAY)).isEqualTo(new Resume(newer));
    }

    @Test
    void paymentsOfDifferentOrders_areNotOneOrdersAttempts() {
        Payment ofAnotherOrder = Payment.create(new PaymentId(UUID.randomUUID()), new OrderId(UUID.randomUUID()),
                NUMBER, CUSTOMER, ALIPAY, WalletProvider.ALIPAY, Money.ofYuan(10, 0), START);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> PaymentAttempts.of(List.of(payment(ALIPAY), ofAnotherOrder)));
    }

    private Payment payment(BindingId wallet) {
        return Payment.create(new PaymentId(UUID.randomUUID()), ORDER, NUMBER, CUSTOMER, wallet, WalletProvider.ALIPAY,
                Money.ofYuan(10, 0), START.plus(Duration.ofMinutes(minute++)));
    }
}
