package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import java.time.Instant;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentOptions;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.wallet.BindingId;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The payment page: what the order costs, the wallets that can pay it, and the attempts so far. */
class ViewPaymentOptionsTest {

    private static final String PHONE = "13800138000";

    @AutoClose
    private final InMemoryHexmall hexmall = InMemoryHexmall.allowingWallets(2);
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");

    ViewPaymentOptionsTest() {
        hexmall.stock(TEA);
    }

    @Test
    void theBoundWallets_areOfferedPreferredFirstWithThePreferredOneChosen() {
        BindingId alipay = hexmall.walletBound(customer, PHONE, ALIPAY, "13800000001");
        BindingId wechat = hexmall.walletBound(customer, PHONE, WECHAT_PAY, "13800000002");
        hexmall.setPreferredWallet.prefer(customer, wechat);
        OrderId order = hexmall.orderOf(customer, TEA);

        PaymentOptions options = options(order);

        assertThat(options.wallets()).extracting(BoundWallet::id, BoundWallet::provider, BoundWallet::preferred)
                .containsExactly(tuple(wechat, WECHAT_PAY, true), tuple(alipay, ALIPAY, false));
        assertThat(options.preselected()).contains(wechat);
    }

    @Test
    void withoutABoundWallet_noWalletIsOfferedAndNoneIsChosen() {
        OrderId order = hexmall.orderOf(customer, TEA);

        PaymentOptions options = options(order);

        assertThat(options.wallets()).isEmpty();
        assertThat(options.preselected()).isEmpty();
    }

    @Test
    void aWalletUnboundAlready_isNoLongerOffered() {
        BindingId alipay = hexmall.walletBound(customer, PHONE, ALIPAY, "13800000001");
        BindingId wechat = hexmall.walletBound(customer, PHONE, WECHAT_PAY, "13800000002");
        hexmall.unbindWallet.unbind(customer, alipay, InMemoryHexmall.CLIENT_ADDRESS);
        OrderId order = hexmall.orderOf(customer, TEA);

        PaymentOptions options = options(order);

        assertThat(options.wallets()).extracting(BoundWallet::id).containsExactly(wechat);
        assertThat(options.preselected()).contains(wechat);
    }

    @Test
    void whileTheOrderIsUnpaid_thePageShowsWhenItCloses() {
        hexmall.walletBound(customer, PHONE, ALIPAY, "13800000001");
        Instant settledAt = hexmall.clock.instant();
        OrderId order = hexmall.orderOf(customer, TEA);
        hexmall.clock.advance(Duration.ofMinutes(10));

        PaymentOptions options = options(order);

        assertThat(options.closesAt()).contains(settledAt.plus(Duration.ofMinutes(30)));
        assertThat(options.order().total()).isEqualTo(TEA.price());
    }

    @Test
    void onceTheOrderIsPaid_thePageNoLongerShowsAClosingTime() {
        hexmall.walletBound(customer, PHONE, ALIPAY, "13800000001");
        OrderId order = hexmall.orderOf(customer, TEA);
        hexmall.paid(customer, order, ALIPAY);

        PaymentOptions options = options(order);

        assertThat(options.order().status()).isEqualTo(OrderStatus.PAID);
        assertThat(options.closesAt()).isEmpty();
    }

    /** Unpaid orders close whenever they are viewed, so a customer never sees an overdue order as payable. */
    @Test
    void anOrderWhoseTimeToPayRanOut_isShownClosedWithoutAClosingTime() {
        hexmall.walletBound(customer, PHONE, ALIPAY, "13800000001");
        OrderId order = hexmall.orderOf(customer, TEA);
        hexmall.clock.advance(Duration.ofMinutes(30));

        PaymentOptions options = options(order);

        assertThat(options.order().status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(options.closesAt()).isEmpty();
    }

    @Test
    void theAttemptsSoFar_areListedNewestFirst() {
        hexmall.walletBound(customer, PHONE, ALIPAY, "13800000001");
        OrderId order = hexmall.orderOf(customer, TEA);
        PayResult first = hexmall.pay(customer, order);
        hexmall.comeBackFromPaying(customer, hexmall.leavePayPage(ALIPAY, InMemoryHexmall.payPage(first)));
        hexmall.clock.advance(Duration.ofMinutes(1));
        PaymentId second = InMemoryHexmall.paymentOf(hexmall.pay(customer, order));

        PaymentOptions options = options(order);

        assertThat(options.payments()).extracting(PaymentView::id, PaymentView::status).containsExactly(
                tuple(second, PaymentStatus.AWAITING_CONFIRMATION),
                tuple(InMemoryHexmall.paymentOf(first), PaymentStatus.CANCELLED));
    }

    @Test
    void anotherCustomersOrder_hasNoPaymentPage() {
        hexmall.walletBound(customer, PHONE, ALIPAY, "13800000001");
        OrderId order = hexmall.orderOf(customer, TEA);
        CustomerId stranger = hexmall.registeredCustomer("13900139000", "", "韩梅梅", "other-pass-99");

        assertThat(hexmall.viewPaymentOptions.options(stranger, order)).isEmpty();
    }

    private PaymentOptions options(OrderId order) {
        return hexmall.viewPaymentOptions.options(customer, order)
                .orElseThrow(() -> new AssertionError("the customer is shown no payment page for " + order));
    }
}
