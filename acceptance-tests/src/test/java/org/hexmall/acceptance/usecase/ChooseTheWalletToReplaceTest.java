package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.JD_PAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion.Bound;
import org.hexmall.application.port.in.wallet.BindingStart;
import org.hexmall.application.port.in.wallet.BindingStart.ReplacementRequired;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.application.port.in.wallet.StartBindingCommand;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.Language;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A store that lets a customer keep two wallets: a third one is offered every bound wallet to replace, and replaces
 * the one the customer chose once the wallet app has approved it, not the store's pick.
 */
class ChooseTheWalletToReplaceTest {

    private static final String PHONE = "13800138000";
    private static final String ALIPAY_ACCOUNT = "13800000001";
    private static final String WECHAT_ACCOUNT = "13800000002";
    private static final String JD_ACCOUNT = "13800000003";

    @AutoClose
    private final InMemoryHexmall hexmall = InMemoryHexmall.allowingWallets(2);
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷",
            "tea-4two-pots");
    private final BindingId alipay;
    private final BindingId wechat;

    ChooseTheWalletToReplaceTest() {
        hexmall.walletAccountAt(ALIPAY, ALIPAY_ACCOUNT);
        hexmall.walletAccountAt(WECHAT_PAY, WECHAT_ACCOUNT);
        hexmall.walletAccountAt(JD_PAY, JD_ACCOUNT);
        alipay = hexmall.boundWallet(customer, PHONE, ALIPAY, ALIPAY_ACCOUNT);
        hexmall.clock.advance(Duration.ofMinutes(1));
        wechat = hexmall.boundWallet(customer, PHONE, WECHAT_PAY, WECHAT_ACCOUNT);
        hexmall.clock.advance(Duration.ofMinutes(1));
    }

    @Test
    void aThirdWallet_offersEveryBoundWalletToReplace_theOneBoundFirstChosen() {
        BindingStart answer = hexmall.startBinding(customer, JD_PAY, JD_ACCOUNT);

        assertThat(answer).isInstanceOfSatisfying(ReplacementRequired.class, replacement -> {
            assertThat(replacement.current().id()).isEqualTo(alipay);
            assertThat(replacement.choices()).extracting(BoundWallet::id).containsExactly(alipay, wechat);
        });
    }

    @Test
    void theWalletTheCustomerChose_isTheOneReplacedOnceTheNewOneIsApproved() {
        BindingId jd = hexmall.bindingAwaitingWalletApp(customer, PHONE, replacing(wechat));

        AuthorizationCompletion completion = hexmall.approveAndComeBack(customer, JD_PAY, jd);

        assertThat(completion).isInstanceOfSatisfying(Bound.class, bound -> assertThat(bound.replaced())
                .map(BoundWallet::id).contains(wechat));
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).extracting(BoundWallet::provider)
                .containsExactlyInAnyOrder(ALIPAY, JD_PAY);
        assertThat(hexmall.bindingSeenByAgent(customer, wechat).status()).isEqualTo(BindingStatus.REPLACED);
        assertThat(hexmall.bindingSeenByAgent(customer, alipay).status()).isEqualTo(BindingStatus.ACTIVE);
    }

    @Test
    void aChosenWalletUnboundMeanwhile_leavesRoomWithoutReplacingAnother() {
        BindingId jd = hexmall.bindingAwaitingWalletApp(customer, PHONE, replacing(wechat));
        hexmall.unbindWallet.unbind(customer, wechat, Optional.empty(), InMemoryHexmall.RECONFIRMATION_RETURN,
                InMemoryHexmall.CLIENT_ADDRESS);

        AuthorizationCompletion completion = hexmall.approveAndComeBack(customer, JD_PAY, jd);

        assertThat(completion).isInstanceOfSatisfying(Bound.class, bound -> assertThat(bound.replaced()).isEmpty());
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).extracting(BoundWallet::provider)
                .containsExactlyInAnyOrder(ALIPAY, JD_PAY);
    }

    /** The account form sent again with the wallet the customer chose to replace. */
    private BindingStart replacing(BindingId chosen) {
        return hexmall.startWalletBinding.start(StartBindingCommand.fromForm(customer, JD_PAY.name(), JD_ACCOUNT,
                chosen.toString(), Language.ENGLISH, Optional.empty(), InMemoryHexmall.RECONFIRMATION_RETURN));
    }
}
