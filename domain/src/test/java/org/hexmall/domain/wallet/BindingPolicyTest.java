package org.hexmall.domain.wallet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BindingPolicyTest {

    private static final Instant MONDAY = Instant.parse("2025-11-10T09:00:00Z");
    private static final Instant TUESDAY = MONDAY.plus(Duration.ofDays(1));
    private static final CustomerId LI_LEI = new CustomerId(UUID.fromString("6f1c2a3e-0000-4000-8000-0000000000aa"));

    private static final BindingPolicy ONE_WALLET = BindingPolicy.ONE_WALLET;
    private static final BindingPolicy TWO_WALLETS = new BindingPolicy(2);

    private final WalletBinding alipayBoundOnMonday =
            activeBinding(WalletProvider.ALIPAY, "li.lei@example.com", MONDAY);
    private final WalletBinding weChatPayBoundOnTuesday =
            activeBinding(WalletProvider.WECHAT_PAY, "13800000001", TUESDAY);

    @Test
    void theStoresDefault_isOneWalletAtATime() {
        assertThat(ONE_WALLET.maxActiveWallets()).isEqualTo(1);
    }

    // One wallet at a time

    @Test
    void givenOneWalletAllowed_theFirstWalletIsBoundAsThePreferredOne() {
        BindingDecision decision = ONE_WALLET.decide(List.of(), WalletProvider.ALIPAY, account("li.lei@example.com"));

        assertThat(decision).isEqualTo(new BindingDecision.Allowed(true));
    }

    @Test
    void givenOneWalletAllowed_aSecondWalletMustReplaceTheBoundOne() {
        BindingDecision decision = ONE_WALLET.decide(List.of(alipayBoundOnMonday), WalletProvider.WECHAT_PAY,
                WalletAccountIdentifier.parse(WalletProvider.WECHAT_PAY, "wxid_lilei"));

        assertThat(decision).isEqualTo(new BindingDecision.ReplacementRequired(alipayBoundOnMonday));
    }

    @Test
    void theSameAccountAgain_isAlreadyBoundRatherThanAReplacement() {
        BindingDecision decision = ONE_WALLET.decide(List.of(alipayBoundOnMonday), WalletProvider.ALIPAY,
                account("li.lei@example.com"));

        assertThat(decision).isEqualTo(new BindingDecision.AlreadyBound(alipayBoundOnMonday));
    }

    @Test
    void theSameAccountTypedInCapitalsWithSpaces_isAlreadyBoundToo() {
        BindingDecision decision = ONE_WALLET.decide(List.of(alipayBoundOnMonday), WalletProvider.ALIPAY,
                account("  Li.Lei@Example.com "));

        assertThat(decision).isEqualTo(new BindingDecision.AlreadyBound(alipayBoundOnMonday));
    }

    @Test
    void theSamePhoneNumberAtAnotherWallet_isAnotherWalletThatMustReplaceTheBoundOne() {
        BindingDecision decision = ONE_WALLET.decide(List.of(weChatPayBoundOnTuesday), WalletProvider.ALIPAY,
                account("13800000001"));

        assertThat(decision).isEqualTo(new BindingDecision.ReplacementRequired(weChatPayBoundOnTuesday));
    }

    @Test
    void anEndedBinding_takesNoPlace_evenWhileItsAgreementIsBeingCancelled() {
        alipayBoundOnMonday.unbind(TUESDAY, Optional.empty());

        BindingDecision decision = ONE_WALLET.decide(List.of(alipayBoundOnMonday), WalletProvider.WECHAT_PAY,
                WalletAccountIdentifier.parse(WalletProvider.WECHAT_PAY, "wxid_lilei"));

        assertThat(alipayBoundOnMonday.isCancellingAgreement()).isTrue();
        assertThat(decision).isEqualTo(new BindingDecision.Allowed(true));
    }

    @Test
    void givenOneWalletAllowed_thereIsNoPreferredWalletToChoose() {
        assertThat(ONE_WALLET.offersPreferredWallet()).isFalse();
    }

    // More wallets at a time

    @Test
    void givenTwoWalletsAllowed_theSecondWalletIsBoundButNotAsThePreferredOne() {
        BindingDecision decision = TWO_WALLETS.decide(List.of(alipayBoundOnMonday), WalletProvider.WECHAT_PAY,
                WalletAccountIdentifier.parse(WalletProvider.WECHAT_PAY, "wxid_lilei"));

        assertThat(decision).isEqualTo(new BindingDecision.Allowed(false));
    }

    @Test
    void givenTwoWalletsAllowed_aThirdWalletMustReplaceTheOldestBinding_offeringBothOldestFirst() {
        BindingDecision decision = TWO_WALLETS.decide(List.of(weChatPayBoundOnTuesday, alipayBoundOnMonday),
                WalletProvider.JD_PAY, WalletAccountIdentifier.parse(WalletProvider.JD_PAY, "13900000002"));

        assertThat(decision).isEqualTo(new BindingDecision.ReplacementRequired(alipayBoundOnMonday,
                List.of(alipayBoundOnMonday, weChatPayBoundOnTuesday)));
    }

    @Test
    void givenTwoWalletsAllowed_aThirdWalletReplacesTheBindingTheCustomerChose() {
        BindingDecision decision = TWO_WALLETS.decide(List.of(weChatPayBoundOnTuesday, alipayBoundOnMonday),
                WalletProvider.JD_PAY, WalletAccountIdentifier.parse(WalletProvider.JD_PAY, "13900000002"),
                Optional.of(weChatPayBoundOnTuesday.id()));

        assertThat(decision).isEqualTo(new BindingDecision.ReplacementRequired(weChatPayBoundOnTuesday,
                List.of(alipayBoundOnMonday, weChatPayBoundOnTuesday)));
    }

    @Test
    void aChosenBindingThatIsNoLongerActive_leavesTheOldestToBeReplaced() {
        BindingDecision decision = TWO_WALLETS.decide(List.of(weChatPayBoundOnTuesday, alipayBoundOnMonday),
                WalletProvider.JD_PAY, WalletAccountIdentifier.parse(WalletProvider.JD_PAY, "13900000002"),
                Optional.of(new BindingId(UUID.randomUUID())));

        assertThat(decision).isEqualTo(new BindingDecision.ReplacementRequired(alipayBoundOnMonday,
                List.of(alipayBoundOnMonday, weChatPayBoundOnTuesday)));
    }

    @Test
    void givenTwoWalletsAllowed_theCustomerChoosesAPreferredWallet() {
        assertThat(TWO_WALLETS.offersPreferredWallet()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void aPolicyAllowingNoWalletAtAll_isRefused(int maxActiveWallets) {
        assertThatIllegalArgumentException().isThrownBy(() -> new BindingPolicy(maxActiveWallets));
    }

    private static WalletAccountIdentifier account(String typed) {
        return WalletAccountIdentifier.parse(WalletProvider.ALIPAY, typed);
    }

    private static WalletBinding activeBinding(WalletProvider provider, String typed, Instant startedAt) {
        WalletBinding binding = WalletBinding.start(new BindingId(UUID.nameUUIDFromBytes(typed.getBytes(UTF_8))), LI_LEI,
                provider, WalletAccountIdentifier.parse(provider, typed), startedAt);
        binding.codeAccepted(startedAt.plus(Duration.ofMinutes(1)));
        binding.authorized("agreement-" + typed, true, startedAt.plus(Duration.ofMinutes(2)));
        return binding;
    }
}
