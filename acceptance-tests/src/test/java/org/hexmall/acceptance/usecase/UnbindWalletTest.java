package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import java.util.Optional;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.support.BindingRecord;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.application.port.in.wallet.CancellingWallet;
import org.hexmall.application.port.in.wallet.PaymentMethods;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.wallet.AgreementCancellation;
import org.hexmall.domain.wallet.BindingEvent;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.payment.PayAttempt;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class UnbindWalletTest {

    private static final String PHONE = "13800138000";
    private static final WalletAccountIdentifier ALIPAY_ACCOUNT = WalletAccountIdentifier.parse(ALIPAY, "13800000001");

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");

    @Test
    void unbinding_takesTheWalletOffThePaymentMethodsPage() {
        BindingId alipay = bound(hexmall, customer, ALIPAY, "13800000001");

        boolean unbound = hexmall.unbindWallet.unbind(customer, alipay, InMemoryHexmall.CLIENT_ADDRESS);

        assertThat(unbound).isTrue();
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).isEmpty();
        assertThat(hexmall.bindingSeenByAgent(customer, alipay).status()).isEqualTo(BindingStatus.UNBOUND);
    }

    @Test
    void unbinding_cancelsTheAgreementAtTheProvider_soTheWalletAppNoLongerListsHexmall() {
        BindingId alipay = bound(hexmall, customer, ALIPAY, "13800000001");
        assertThat(hexmall.walletAppListsHexmall(ALIPAY, ALIPAY_ACCOUNT)).isTrue();

        hexmall.unbindWallet.unbind(customer, alipay, InMemoryHexmall.CLIENT_ADDRESS);

        assertThat(hexmall.walletAppListsHexmall(ALIPAY, ALIPAY_ACCOUNT)).isFalse();
        assertThat(hexmall.viewPaymentMethods.view(customer).cancelling()).isEmpty();
        BindingRecord record = hexmall.bindingSeenByAgent(customer, alipay);
        assertThat(record.agreementCancellation()).contains(AgreementCancellation.CANCELLED);
        assertThat(record.history().getLast()).isEqualTo(new BindingEvent(hexmall.clock.instant(),
                BindingStatus.UNBOUND, Optional.empty(), Optional.of(AgreementCancellation.CANCELLED)));
    }

    @Test
    void aWalletWhoseProviderCannotBeReached_isShownCancelling_canNoLongerPay_andMakesRoomForAnother() {
        BindingId alipay = bound(hexmall, customer, ALIPAY, "13800000001");
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);

        assertThat(hexmall.unbindWallet.unbind(customer, alipay, InMemoryHexmall.CLIENT_ADDRESS)).isTrue();

        PaymentMethods methods = hexmall.viewPaymentMethods.view(customer);
        assertThat(methods.wallets()).isEmpty();
        assertThat(methods.cancelling()).containsExactly(new CancellingWallet(ALIPAY, "138****0001"));
        assertThat(hexmall.walletAppListsHexmall(ALIPAY, ALIPAY_ACCOUNT)).isTrue();
        // One wallet at a time counts the bound ones only: another is bound without replacing anything.
        BindingId wechat = bound(hexmall, customer, WECHAT_PAY, "13800000002");
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets())
                .extracting(BoundWallet::id, BoundWallet::preferred)
                .containsExactly(tuple(wechat, true));
    }

    @Test
    void unbindingAWalletWhoseAppHoldsAPayment_closesThatPayment_andTheOrderIsThenPaidWithAnotherWallet() {
        BindingId alipay = bound(hexmall, customer, ALIPAY, "13800000001");
        hexmall.stock(Shelf.TEA);
        OrderId order = hexmall.orderOf(customer, Shelf.TEA);
        PayResult started = hexmall.pay(customer, order);

        hexmall.unbindWallet.unbind(customer, alipay, InMemoryHexmall.CLIENT_ADDRESS);

        assertThat(hexmall.typePaymentPassword(ALIPAY, InMemoryHexmall.payPage(started),
                InMemoryHexmall.WALLET_PAYMENT_PASSWORD)).isNotInstanceOf(PayAttempt.Paid.class);
        PaymentView closed = hexmall.paymentSeenBy(customer, InMemoryHexmall.paymentOf(started));
        assertThat(closed.status()).isEqualTo(PaymentStatus.CLOSED);
        assertThat(closed.lastWord()).isEqualTo("WALLET_UNBOUND");
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        bound(hexmall, customer, WECHAT_PAY, "13800000002");
        hexmall.paid(customer, order, WECHAT_PAY);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(hexmall.balanceOf(ALIPAY, ALIPAY_ACCOUNT)).isEqualTo(500_00);
    }

    @Test
    void anotherCustomersWallet_cannotBeUnboundAndStaysBound() {
        BindingId alipay = bound(hexmall, customer, ALIPAY, "13800000001");
        CustomerId intruder = hexmall.registeredCustomer("13900139000", "", "韩梅梅", "other-pass-99");

        assertThat(hexmall.unbindWallet.unbind(intruder, alipay, InMemoryHexmall.CLIENT_ADDRESS)).isFalse();
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).extracting(BoundWallet::id)
                .containsExactly(alipay);
    }

    @Test
    void aWalletUnboundAlready_cannotBeUnboundAgain() {
        BindingId alipay = bound(hexmall, customer, ALIPAY, "13800000001");
        hexmall.unbindWallet.unbind(customer, alipay, InMemoryHexmall.CLIENT_ADDRESS);

        assertThat(hexmall.unbindWallet.unbind(customer, alipay, InMemoryHexmall.CLIENT_ADDRESS)).isFalse();
        assertThat(hexmall.bindingSeenByAgent(customer, alipay).history())
                .filteredOn(event -> event.status() == BindingStatus.UNBOUND && !event.concernsCancellation())
                .hasSize(1);
        assertThat(hexmall.cancellationRequests.of(hexmall.agreementTokenOf(ALIPAY, ALIPAY_ACCOUNT))).isEqualTo(1);
    }

    @Test
    void givenTwoWallets_unbindingThePreferredOneMakesTheOtherPreferred() {
        try (InMemoryHexmall twoWallets = InMemoryHexmall.allowingWallets(2)) {
            CustomerId customer = twoWallets.registeredCustomer(PHONE, "", "李雷", "tea-4two-pots");
            BindingId alipay = bound(twoWallets, customer, ALIPAY, "13800000001");
            BindingId wechat = bound(twoWallets, customer, WECHAT_PAY, "13800000002");

            twoWallets.unbindWallet.unbind(customer, alipay, InMemoryHexmall.CLIENT_ADDRESS);

            assertThat(twoWallets.viewPaymentMethods.view(customer).wallets())
                    .extracting(BoundWallet::id, BoundWallet::preferred)
                    .containsExactly(tuple(wechat, true));
        }
    }

    /** A wallet bound through every step; a minute passes after it, so that the next code may be sent. */
    private static BindingId bound(InMemoryHexmall hexmall, CustomerId customer,
                                   WalletProvider provider, String account) {
        hexmall.walletAccountAt(provider, account);
        BindingId binding = hexmall.boundWallet(customer, PHONE, provider, account);
        hexmall.clock.advance(Duration.ofMinutes(1));
        return binding;
    }
}
