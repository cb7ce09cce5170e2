package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion.Bound;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.application.port.in.wallet.CancellingWallet;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.wallet.AgreementCancellation;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.payment.PayAttempt;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A customer who has a wallet bound binds another: replaced under the store's one-wallet policy, or kept beside it. */
class BindAnotherWalletTest {

    private static final String PHONE = "13800138000";
    private static final String ALIPAY_ACCOUNT = "13800000001";
    private static final String WECHAT_ACCOUNT = "13800000002";

    @Nested
    class WithOneWalletAllowed {

        @AutoClose
        private final InMemoryHexmall hexmall = new InMemoryHexmall();
        private final CustomerId customer = customerWithAlipayBound(hexmall);
        private final BindingId alipay = hexmall.viewPaymentMethods.view(customer).wallets().getFirst().id();

        @Test
        void theConfirmedReplacement_takesThePlaceOfTheOldWalletAsThePreferredOne() {
            AuthorizationCompletion completion = bindWechatPayReplacing();

            assertThat(completion).isInstanceOfSatisfying(Bound.class, bound -> assertThat(bound.replaced())
                    .map(BoundWallet::id).contains(alipay));
            assertThat(hexmall.viewPaymentMethods.view(customer).wallets())
                    .extracting(BoundWallet::provider, BoundWallet::maskedAccount, BoundWallet::preferred)
                    .containsExactly(tuple(WECHAT_PAY, "138****0002", true));
        }

        @Test
        void theReplacedWallet_isShownToTheAgentAsReplaced() {
            bindWechatPayReplacing();

            assertThat(hexmall.bindingSeenByAgent(customer, alipay).status()).isEqualTo(BindingStatus.REPLACED);
        }

        @Test
        void theReplacedWallet_hasItsAgreementCancelledAtTheProvider_andTheNewOneKeepsItsOwn() {
            WalletAccountIdentifier alipayAccount = WalletAccountIdentifier.parse(ALIPAY, ALIPAY_ACCOUNT);

            bindWechatPayReplacing();

            assertThat(hexmall.walletAppListsHexmall(ALIPAY, alipayAccount)).isFalse();
            assertThat(hexmall.walletAppListsHexmall(WECHAT_PAY, WalletAccountIdentifier.parse(WECHAT_PAY,
                    WECHAT_ACCOUNT))).isTrue();
            assertThat(hexmall.bindingSeenByAgent(customer, alipay).agreementCancellation())
                    .contains(AgreementCancellation.CANCELLED);
        }

        @Test
        void theReplacementStands_whenTheOldWalletsProviderCannotBeReached_andItsCancellationWaits() {
            hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);

            AuthorizationCompletion completion = bindWechatPayReplacing();

            assertThat(completion).isInstanceOf(Bound.class);
            assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).extracting(BoundWallet::provider)
                    .containsExactly(WECHAT_PAY);
            assertThat(hexmall.viewPaymentMethods.view(customer).cancelling()).extracting(CancellingWallet::provider)
                    .containsExactly(ALIPAY);
            assertThat(hexmall.bindingSeenByAgent(customer, alipay).isCancellingAgreement()).isTrue();
        }

        @Test
        void aPaymentWaitingInTheReplacedWalletsApp_isClosedThere_andTheOrderStillAwaitsPayment() {
            hexmall.stock(Shelf.TEA);
            OrderId order = hexmall.orderOf(customer, Shelf.TEA);
            PayResult started = hexmall.pay(customer, order);

            bindWechatPayReplacing();

            assertThat(hexmall.typePaymentPassword(ALIPAY, InMemoryHexmall.payPage(started),
                    InMemoryHexmall.WALLET_PAYMENT_PASSWORD)).isNotInstanceOf(PayAttempt.Paid.class);
            assertThat(hexmall.paymentSeenBy(customer, InMemoryHexmall.paymentOf(started)).lastWord())
                    .isEqualTo("WALLET_UNBOUND");
            assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        }

        @Test
        void untilTheNewWalletIsApproved_theOldOneStaysBound() {
            hexmall.bindingAwaitingWalletApp(customer, PHONE,
                    hexmall.startReplacing(customer, WECHAT_PAY, WECHAT_ACCOUNT));

            assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).extracting(BoundWallet::id)
                    .containsExactly(alipay);
        }

        private AuthorizationCompletion bindWechatPayReplacing() {
            BindingId wechat = hexmall.bindingAwaitingWalletApp(customer, PHONE,
                    hexmall.startReplacing(customer, WECHAT_PAY, WECHAT_ACCOUNT));
            return hexmall.approveAndComeBack(customer, WECHAT_PAY, wechat);
        }
    }

    @Nested
    class WithTwoWalletsAllowed {

        @AutoClose
        private final InMemoryHexmall hexmall = InMemoryHexmall.allowingWallets(2);
        private final CustomerId customer = customerWithAlipayBound(hexmall);

        @Test
        void aSecondWallet_isBoundBesideTheFirstWithoutAskingToReplaceIt() {
            BindingId wechat = hexmall.boundWallet(customer, PHONE, WECHAT_PAY, WECHAT_ACCOUNT);

            assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).extracting(BoundWallet::provider)
                    .containsExactlyInAnyOrder(ALIPAY, WECHAT_PAY);
            assertThat(hexmall.bindingSeenByAgent(customer, wechat).status()).isEqualTo(BindingStatus.ACTIVE);
        }

        @Test
        void theFirstWallet_staysTheOnlyPreferredOne() {
            hexmall.boundWallet(customer, PHONE, WECHAT_PAY, WECHAT_ACCOUNT);

            assertThat(hexmall.viewPaymentMethods.view(customer).wallets())
                    .extracting(BoundWallet::provider, BoundWallet::preferred)
                    .containsExactly(tuple(ALIPAY, true), tuple(WECHAT_PAY, false));
        }
    }

    /** A customer with an Alipay account bound, a minute ago: the next code may be sent now. */
    private static CustomerId customerWithAlipayBound(InMemoryHexmall hexmall) {
        CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
        hexmall.walletAccountAt(ALIPAY, ALIPAY_ACCOUNT);
        hexmall.walletAccountAt(WECHAT_PAY, WECHAT_ACCOUNT);
        hexmall.boundWallet(customer, PHONE, ALIPAY, ALIPAY_ACCOUNT);
        hexmall.clock.advance(Duration.ofMinutes(1));
        return customer;
    }
}
