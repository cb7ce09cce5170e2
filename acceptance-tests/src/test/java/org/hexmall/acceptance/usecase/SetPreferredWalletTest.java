package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class SetPreferredWalletTest {

    private static final String PHONE = "13800138000";

    @AutoClose
    private final InMemoryHexmall hexmall = InMemoryHexmall.allowingWallets(2);
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final BindingId alipay = boundWallet(ALIPAY, "13800000001");
    private final BindingId wechat = boundWallet(WECHAT_PAY, "13800000002");

    @Test
    void choosingTheOtherWallet_makesItTheOnlyPreferredOneAndListsItFirst() {
        boolean chosen = hexmall.setPreferredWallet.prefer(customer, wechat);

        assertThat(chosen).isTrue();
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets())
                .extracting(BoundWallet::provider, BoundWallet::preferred)
                .containsExactly(tuple(WECHAT_PAY, true), tuple(ALIPAY, false));
    }

    @Test
    void anotherCustomersWallet_cannotBeChosenAndNothingChanges() {
        CustomerId intruder = hexmall.registeredCustomer("13900139000", "", "韩梅梅", "other-pass-99");

        assertThat(hexmall.setPreferredWallet.prefer(intruder, wechat)).isFalse();
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets())
                .extracting(BoundWallet::provider, BoundWallet::preferred)
                .containsExactly(tuple(ALIPAY, true), tuple(WECHAT_PAY, false));
    }

    @Test
    void anUnboundWallet_cannotBeChosen() {
        hexmall.unbindWallet.unbind(customer, wechat, InMemoryHexmall.CLIENT_ADDRESS);

        assertThat(hexmall.setPreferredWallet.prefer(customer, wechat)).isFalse();
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets())
                .extracting(BoundWallet::id, BoundWallet::preferred)
                .containsExactly(tuple(alipay, true));
    }

    private BindingId boundWallet(WalletProvider provider, String account) {
        hexmall.walletAccountAt(provider, account);
        BindingId binding = hexmall.boundWallet(customer, PHONE, provider, account);
        hexmall.clock.advance(Duration.ofMinutes(1));
        return binding;
    }
}
