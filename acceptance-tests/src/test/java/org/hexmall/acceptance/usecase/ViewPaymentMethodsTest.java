package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.codeSentFor;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.BindingUnderWay;
import org.hexmall.application.port.in.wallet.PaymentMethods;
import org.hexmall.application.port.in.wallet.StoppedBinding;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.fault.Fault;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ViewPaymentMethodsTest {

    private static final String PHONE = "13800138000";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");

    @Test
    void aCustomerWithoutWallets_seesEveryWalletTheStoreKnowsAndNoneBound() {
        PaymentMethods page = hexmall.viewPaymentMethods.view(customer);

        assertThat(page.wallets()).isEmpty();
        assertThat(page.knownProviders()).containsExactlyInAnyOrder(WalletProvider.values());
    }

    @Test
    void underTheOneWalletPolicy_thereIsNoPreferredWalletToChoose() {
        PaymentMethods page = hexmall.viewPaymentMethods.view(customer);

        assertThat(page.maxWallets()).isEqualTo(1);
        assertThat(page.offersPreferredWallet()).isFalse();
    }

    @Test
    void whenSeveralWalletsAreAllowed_thePageOffersToChooseThePreferredOne() {
        try (InMemoryHexmall severalWallets = InMemoryHexmall.allowingWallets(3)) {
            CustomerId customer = severalWallets.registeredCustomer(PHONE, "", "李雷", "tea-4two-pots");

            PaymentMethods page = severalWallets.viewPaymentMethods.view(customer);

            assertThat(page.maxWallets()).isEqualTo(3);
            assertThat(page.offersPreferredWallet()).isTrue();
        }
    }

    @Test
    void aCustomerSeesOnlyTheirOwnWallets() {
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
        CustomerId other = hexmall.registeredCustomer("13900139000", "", "韩梅梅", "other-pass-99");

        assertThat(hexmall.viewPaymentMethods.view(other).wallets()).isEmpty();
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).hasSize(1);
    }

    @Test
    void aBindingWaitingForItsCode_isShownWithItsStepAndUntilWhenItCanBeFinished() {
        Instant started = hexmall.clock.instant();
        BindingId binding = codeSentFor(hexmall.startBinding(customer, ALIPAY, "13800000001"));
        hexmall.clock.advance(Duration.ofMinutes(2));

        PaymentMethods page = hexmall.viewPaymentMethods.view(customer);

        assertThat(page.underWay()).containsExactly(new BindingUnderWay(binding, ALIPAY, "138****0001",
                BindingStatus.CODE_SENT, Optional.empty(), started.plus(WalletBinding.COMPLETION_WINDOW)));
        assertThat(page.lastStopped()).isEmpty();
    }

    @Test
    void aBindingTheWalletCouldNotBeReachedFor_isShownWaitingForTheWalletAppWithThatTrouble() {
        hexmall.walletAccountAt(WECHAT_PAY, "13800000002");
        hexmall.boundWallet(customer, PHONE, WECHAT_PAY, "13800000002");
        hexmall.clock.advance(Duration.ofMinutes(1));
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        BindingId alipay = hexmall.bindingAwaitingWalletApp(customer, PHONE,
                hexmall.startReplacing(customer, ALIPAY, "13800000001"));
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        hexmall.openWalletApp(customer, alipay);
        hexmall.wallets.faults().remove(ALIPAY);

        PaymentMethods page = hexmall.viewPaymentMethods.view(customer);

        assertThat(page.wallets()).extracting(wallet -> wallet.provider()).containsExactly(WECHAT_PAY);
        assertThat(page.underWay()).singleElement().satisfies(underWay -> {
            assertThat(underWay.id()).isEqualTo(alipay);
            assertThat(underWay.step()).isEqualTo(BindingStatus.AWAITING_AUTHORIZATION);
            assertThat(underWay.trouble()).contains(BindingFailureReason.PROVIDER_UNAVAILABLE);
        });
    }

    @Test
    void theLatestBindingThatFailed_isShownWithItsStepAndReason_untilAnotherIsStarted() {
        BindingId binding = hexmall.bindingAwaitingWalletApp(customer, PHONE,
                hexmall.startBinding(customer, ALIPAY, "13800000009"));
        hexmall.openWalletApp(customer, binding);
        Instant failedAt = hexmall.clock.instant();

        PaymentMethods page = hexmall.viewPaymentMethods.view(customer);

        assertThat(page.underWay()).isEmpty();
        assertThat(page.lastStopped()).contains(new StoppedBinding(ALIPAY, "138****0009",
                BindingStatus.AWAITING_AUTHORIZATION, Optional.of(BindingFailureReason.ACCOUNT_NOT_FOUND), false,
                failedAt));
        hexmall.clock.advance(Duration.ofMinutes(1));
        codeSentFor(hexmall.startBinding(customer, ALIPAY, "13800000001"));
        assertThat(hexmall.viewPaymentMethods.view(customer).lastStopped()).isEmpty();
    }

    @Test
    void aBindingWhoseTimeRanOut_isShownAsExpiredWithTheTroubleItStoppedOn_evenBeforeHousekeepingExpiresIt() {
        BindingId binding = codeSentFor(hexmall.startBinding(customer, ALIPAY, "13800000001"));
        String wrong = hexmall.codeSentTo(PHONE).equals("000000") ? "111111" : "000000";
        for (int entry = 1; entry <= 5; entry++) {
            hexmall.typeCode(customer, binding, wrong);
        }
        Instant timeIsUp = hexmall.clock.instant().plus(WalletBinding.COMPLETION_WINDOW);
        hexmall.clock.advance(WalletBinding.COMPLETION_WINDOW);

        StoppedBinding stopped = new StoppedBinding(ALIPAY, "138****0001", BindingStatus.CODE_SENT,
                Optional.of(BindingFailureReason.CODE_EXHAUSTED), true, timeIsUp);
        assertThat(hexmall.viewPaymentMethods.view(customer).underWay()).isEmpty();
        assertThat(hexmall.viewPaymentMethods.view(customer).lastStopped()).contains(stopped);
        hexmall.expireStaleBindings.expire();
        assertThat(hexmall.viewPaymentMethods.view(customer).lastStopped()).contains(stopped);
    }

    @Test
    void aBindingThatStoppedMoreThanAWeekAgo_isNoLongerMentioned() {
        codeSentFor(hexmall.startBinding(customer, ALIPAY, "13800000001"));
        hexmall.clock.advance(WalletBinding.COMPLETION_WINDOW.plus(PaymentMethods.STOPPED_NOTICE_PERIOD));

        assertThat(hexmall.viewPaymentMethods.view(customer).lastStopped()).isEmpty();
    }
}
