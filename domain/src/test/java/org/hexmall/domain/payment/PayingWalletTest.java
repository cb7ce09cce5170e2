package org.hexmall.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PayingWallet.NoWallet;
import org.hexmall.domain.payment.PayingWallet.Pay;
import org.hexmall.domain.payment.PayingWallet.Why;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

class PayingWalletTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final CustomerId LI_LEI = new CustomerId(UUID.fromString("6f1c2a3e-0000-4000-8000-0000000000aa"));

    private final WalletBinding alipay = bound(WalletProvider.ALIPAY, 1, true);
    private final WalletBinding wechat = bound(WalletProvider.WECHAT_PAY, 2, false);

    @Test
    void theWalletTheCustomerChose_pays() {
        assertThat(PayingWallet.choose(List.of(alipay, wechat), Optional.of(wechat.id()))).isEqualTo(new Pay(wechat));
    }

    @Test
    void withoutAChoice_thePreferredWalletPays() {
        assertThat(PayingWallet.choose(List.of(wechat, alipay), Optional.empty())).isEqualTo(new Pay(alipay));
    }

    @Test
    void withoutAChoiceOrAPreferredWallet_theOnlyBoundWalletPays() {
        WalletBinding onlyOne = bound(WalletProvider.WECHAT_PAY, 3, false);

        assertThat(PayingWallet.choose(List.of(onlyOne), Optional.empty())).isEqualTo(new Pay(onlyOne));
    }

    @Test
    void severalWalletsAndNonePreferred_leaveTheChoiceToTheCustomer() {
        WalletBinding another = bound(WalletProvider.ALIPAY, 4, false);

        assertThat(PayingWallet.choose(List.of(wechat, another), Optional.empty()))
                .isEqualTo(new NoWallet(Why.NONE_CHOSEN));
        assertThat(PayingWallet.preselected(List.of(wechat, another))).isEmpty();
    }

    @Test
    void aCustomerWithoutABoundWallet_hasNothingToPayWith() {
        assertThat(PayingWallet.choose(List.of(), Optional.empty())).isEqualTo(new NoWallet(Why.NONE_BOUND));
    }

    @Test
    void anUnboundWallet_cannotPay_evenWhenChosen() {
        alipay.unbind(NOW, Optional.empty());

        assertThat(PayingWallet.choose(List.of(alipay), Optional.of(alipay.id())))
                .isEqualTo(new NoWallet(Why.CHOSEN_NOT_BOUND));
        assertThat(PayingWallet.choose(List.of(alipay), Optional.empty())).isEqualTo(new NoWallet(Why.NONE_BOUND));
    }

    @Test
    void aWalletOfSomeoneElse_isNotAChoice() {
        assertThat(PayingWallet.choose(List.of(alipay), Optional.of(wechat.id())))
                .isEqualTo(new NoWallet(Why.CHOSEN_NOT_BOUND));
    }

    @Test
    void aBindingStillWaitingForTheWalletApp_cannotPay() {
        WalletBinding halfway = WalletBinding.start(new BindingId(UUID.randomUUID()), LI_LEI, WalletProvider.ALIPAY,
                WalletAccountIdentifier.parse(WalletProvider.ALIPAY, "13800000001"), NOW);
        halfway.codeAccepted(NOW);

        assertThat(PayingWallet.choose(List.of(halfway), Optional.empty())).isEqualTo(new NoWallet(Why.NONE_BOUND));
    }

    @Test
    void thePreselectedWallet_isTheOneThatPaysWithoutAChoice() {
        assertThat(PayingWallet.preselected(List.of(wechat, alipay))).contains(alipay);
    }

    private static WalletBinding bound(WalletProvider provider, int n, boolean preferred) {
        WalletBinding binding = WalletBinding.start(
                new BindingId(UUID.fromString("6f1c2a3e-0000-4000-8000-00000000000" + n)), LI_LEI, provider,
                WalletAccountIdentifier.parse(provider, "1380000000" + n), NOW);
        binding.codeAccepted(NOW);
        binding.authorized("agreement-" + n, preferred, NOW);
        return binding;
    }
}
