package org.hexmall.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.junit.jupiter.api.Test;

/** Exactly one of a customer's bound wallets is preferred, whatever happens to them. */
class PreferredWalletTest {

    private static final Instant MONDAY = Instant.parse("2025-11-10T09:00:00Z");
    private static final Instant TUESDAY = MONDAY.plus(Duration.ofDays(1));
    private static final Instant WEDNESDAY = TUESDAY.plus(Duration.ofDays(1));
    private static final Instant THURSDAY = WEDNESDAY.plus(Duration.ofDays(1));
    private static final CustomerId LI_LEI = new CustomerId(UUID.fromString("6f1c2a3e-0000-4000-8000-0000000000aa"));

    private final WalletBinding alipay = bound(WalletProvider.ALIPAY, "13800000001", MONDAY, true);
    private final WalletBinding wechat = bound(WalletProvider.WECHAT_PAY, "13800000002", TUESDAY, false);
    private final WalletBinding jdPay = bound(WalletProvider.JD_PAY, "13800000003", WEDNESDAY, false);

    // A wallet bound

    @Test
    void theFirstWalletBound_isPreferred() {
        assertThat(PreferredWallet.forNewWallet(List.of(), Optional.empty())).isTrue();
    }

    @Test
    void aWalletBoundBesideAnother_isNotPreferred() {
        assertThat(PreferredWallet.forNewWallet(List.of(alipay), Optional.empty())).isFalse();
    }

    @Test
    void aWalletReplacingTheOnlyOne_isPreferred_evenIfThatOneWasNot() {
        WalletBinding notPreferred = bound(WalletProvider.ALIPAY, "13800000004", MONDAY, false);

        assertThat(PreferredWallet.forNewWallet(List.of(notPreferred), Optional.of(notPreferred))).isTrue();
    }

    @Test
    void aWalletReplacingThePreferredOneBesideOthers_takesItsPlace() {
        assertThat(PreferredWallet.forNewWallet(List.of(wechat, alipay), Optional.of(alipay))).isTrue();
    }

    @Test
    void aWalletReplacingAnotherThanThePreferredOne_isNotPreferred() {
        assertThat(PreferredWallet.forNewWallet(List.of(wechat, alipay), Optional.of(wechat))).isFalse();
    }

    @Test
    void walletsNoLongerBound_leaveTheNewOneTheOnlyOne() {
        wechat.unbind(THURSDAY, Optional.empty());

        assertThat(PreferredWallet.forNewWallet(List.of(wechat), Optional.empty())).isTrue();
    }

    // A wallet left: unbound, replaced, revoked in the wallet app, unbound by an agent

    @Test
    void whenThePreferredWalletLeaves_theNewestBoundOneTakesItsPlace() {
        alipay.unbind(THURSDAY, Optional.empty());

        List<WalletBinding> marked = PreferredWallet.afterOneLeft(List.of(jdPay, wechat, alipay));

        assertThat(marked).containsExactly(jdPay);
        assertThat(jdPay.isPreferred()).isTrue();
        assertThat(wechat.isPreferred()).isFalse();
    }

    @Test
    void theNewestOneIsChosen_inWhateverOrderTheWalletsCome() {
        alipay.revokedByProvider(THURSDAY);

        assertThat(PreferredWallet.afterOneLeft(List.of(alipay, wechat, jdPay))).containsExactly(jdPay);
    }

    @Test
    void whenAnotherWalletLeaves_thePreferredOneStaysAndNothingChanges() {
        wechat.unbind(THURSDAY, Optional.of("customer lost the phone"));

        assertThat(PreferredWallet.afterOneLeft(List.of(jdPay, wechat, alipay))).isEmpty();
        assertThat(alipay.isPreferred()).isTrue();
        assertThat(jdPay.isPreferred()).isFalse();
    }

    @Test
    void whenTheLastWalletLeaves_noneIsPreferred() {
        alipay.replaced(THURSDAY);

        assertThat(PreferredWallet.afterOneLeft(List.of(alipay))).isEmpty();
        assertThat(alipay.isPreferred()).isFalse();
    }

    @Test
    void aWalletWhoseAgreementIsStillBeingCancelled_isNotPreferredAgain() {
        alipay.unbind(THURSDAY, Optional.empty());
        wechat.unbind(THURSDAY, Optional.empty());

        assertThat(PreferredWallet.afterOneLeft(List.of(jdPay, wechat, alipay))).containsExactly(jdPay);
        assertThat(alipay.isCancellingAgreement()).isTrue();
        assertThat(alipay.isPreferred()).isFalse();
    }

    // The customer chooses

    @Test
    void theCustomersChoice_becomesPreferred_andTheFormerOneNoLonger() {
        PreferredWallet.Choice choice = PreferredWallet.choose(List.of(jdPay, wechat, alipay), wechat.id());

        assertThat(choice).isEqualTo(new PreferredWallet.Chosen(List.of(wechat, alipay)));
        assertThat(wechat.isPreferred()).isTrue();
        assertThat(alipay.isPreferred()).isFalse();
        assertThat(jdPay.isPreferred()).isFalse();
    }

    @Test
    void choosingThePreferredWalletAgain_changesNothing() {
        assertThat(PreferredWallet.choose(List.of(wechat, alipay), alipay.id()))
                .isEqualTo(new PreferredWallet.Chosen(List.of()));
        assertThat(alipay.isPreferred()).isTrue();
    }

    @Test
    void aWalletNoLongerBound_cannotBeChosen_andNothingChanges() {
        wechat.unbind(THURSDAY, Optional.empty());

        assertThat(PreferredWallet.choose(List.of(wechat, alipay), wechat.id()))
                .isEqualTo(new PreferredWallet.NotBound());
        assertThat(alipay.isPreferred()).isTrue();
    }

    @Test
    void aWalletOfSomeoneElse_cannotBeChosen() {
        assertThat(PreferredWallet.choose(List.of(alipay), wechat.id())).isEqualTo(new PreferredWallet.NotBound());
    }

    private static WalletBinding bound(WalletProvider provider, String phone, Instant startedAt, boolean preferred) {
        WalletBinding binding = WalletBinding.start(new BindingId(UUID.randomUUID()), LI_LEI, provider,
                WalletAccountIdentifier.parse(provider, phone), startedAt);
        binding.codeAccepted(startedAt.plus(Duration.ofMinutes(1)));
        binding.authorized("agreement-" + provider + "-" + phone, preferred, startedAt.plus(Duration.ofMinutes(2)));
        return binding;
    }
}
