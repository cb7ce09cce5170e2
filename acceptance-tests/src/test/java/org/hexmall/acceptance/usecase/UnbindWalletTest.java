package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class UnbindWalletTest {

    private static final String PHONE = "13800138000";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");

    @Test
    void unbinding_takesTheWalletOffThePaymentMethodsPage() {
        BindingId alipay = bound(hexmall, customer, ALIPAY, "13800000001");

        boolean unbound = hexmall.unbindWallet.unbind(customer, alipay);

        assertThat(unbound).isTrue();
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).isEmpty();
        assertThat(hexmall.bindingSeenByAgent(customer, alipay).status()).isEqualTo(BindingStatus.UNBOUND);
    }

    @Test
    void anotherCustomersWallet_cannotBeUnboundAndStaysBound() {
        BindingId alipay = bound(hexmall, customer, ALIPAY, "13800000001");
        CustomerId intruder = hexmall.registeredCustomer("13900139000", "", "韩梅梅", "other-pass-99");

        assertThat(hexmall.unbindWallet.unbind(intruder, alipay)).isFalse();
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).extracting(BoundWallet::id)
                .containsExactly(alipay);
    }

    @Test
    void aWalletUnboundAlready_cannotBeUnboundAgain() {
        BindingId alipay = bound(hexmall, customer, ALIPAY, "13800000001");
        hexmall.unbindWallet.unbind(customer, alipay);

        assertThat(hexmall.unbindWallet.unbind(customer, alipay)).isFalse();
        assertThat(hexmall.bindingSeenByAgent(customer, alipay).history())
                .filteredOn(event -> event.status() == BindingStatus.UNBOUND).hasSize(1);
    }

    @Test
    void givenTwoWallets_unbindingThePreferredOneMakesTheOtherPreferred() {
        try (InMemoryHexmall twoWallets = InMemoryHexmall.allowingWallets(2)) {
            CustomerId customer = twoWallets.registeredCustomer(PHONE, "", "李雷", "tea-4two-pots");
            BindingId alipay = bound(twoWallets, customer, ALIPAY, "13800000001");
            BindingId wechat = bound(twoWallets, customer, WECHAT_PAY, "13800000002");

            twoWallets.unbindWallet.unbind(customer, alipay);

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
