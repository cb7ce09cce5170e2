package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.codeSentFor;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import java.util.List;
import org.hexmall.application.port.in.support.BindingRecord;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.simulator.wallet.fault.Fault;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ExpireStaleBindingsTest {

    private static final String PHONE = "13800138000";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");

    @Test
    void aBindingLeftWaitingForItsCode_expiresFifteenMinutesAfterItStarted() {
        BindingId binding = codeSentFor(hexmall.startBinding(customer, ALIPAY, "13800000001"));
        hexmall.clock.advance(Duration.ofMinutes(15));
        // From this instant the binding is over (WalletBinding.hasExpiredAt): the customer's next step finds it so.

        int expired = hexmall.expireStaleBindings.expire();

        assertThat(expired).isEqualTo(1);
        assertThat(hexmall.bindingSeenByAgent(customer, binding).status()).isEqualTo(BindingStatus.EXPIRED);
    }

    @Test
    void aBindingLeftWaitingForTheWalletApp_expiresToo() {
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        BindingId binding = hexmall.bindingAwaitingWalletApp(customer, PHONE,
                hexmall.startBinding(customer, ALIPAY, "13800000001"));
        hexmall.walletAppPage(customer, binding);
        hexmall.clock.advance(Duration.ofMinutes(16));

        hexmall.expireStaleBindings.expire();

        assertThat(hexmall.bindingSeenByAgent(customer, binding).status()).isEqualTo(BindingStatus.EXPIRED);
    }

    @Test
    void aBindingLeftAfterTheWalletCouldNotBeReached_expiresWithThatAsItsReasonForTheAgent() {
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        BindingId binding = hexmall.bindingAwaitingWalletApp(customer, PHONE,
                hexmall.startBinding(customer, ALIPAY, "13800000001"));
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        hexmall.openWalletApp(customer, binding);
        hexmall.clock.advance(Duration.ofMinutes(16));

        hexmall.expireStaleBindings.expire();

        BindingRecord record = hexmall.bindingSeenByAgent(customer, binding);
        assertThat(record.status()).isEqualTo(BindingStatus.EXPIRED);
        assertThat(record.failureReason()).contains(BindingFailureReason.PROVIDER_UNAVAILABLE);
        assertThat(record.failedAtStep()).contains(BindingStatus.AWAITING_AUTHORIZATION);
    }

    @Test
    void onlyTheBindingsWhoseFifteenMinutesAreUp_expire() {
        BindingId older = codeSentFor(hexmall.startBinding(customer, ALIPAY, "13800000001"));
        hexmall.clock.advance(Duration.ofMinutes(1));
        BindingId newer = codeSentFor(hexmall.startBinding(customer, WECHAT_PAY, "13800000002"));
        hexmall.clock.advance(Duration.ofMinutes(14).plusSeconds(30));

        int expired = hexmall.expireStaleBindings.expire();

        assertThat(expired).isEqualTo(1);
        assertThat(hexmall.bindingSeenByAgent(customer, older).status()).isEqualTo(BindingStatus.EXPIRED);
        assertThat(hexmall.bindingSeenByAgent(customer, newer).status()).isEqualTo(BindingStatus.CODE_SENT);
    }

    @Test
    void aBoundWallet_neverExpires() {
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        BindingId wallet = hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
        hexmall.clock.advance(Duration.ofMinutes(1));
        BindingId abandoned = codeSentFor(hexmall.startReplacing(customer, WECHAT_PAY, "13800000002"));
        hexmall.clock.advance(Duration.ofDays(400));

        int expired = hexmall.expireStaleBindings.expire();

        assertThat(expired).isEqualTo(1);
        assertThat(hexmall.bindingSeenByAgent(customer, abandoned).status()).isEqualTo(BindingStatus.EXPIRED);
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).singleElement()
                .satisfies(bound -> assertThat(bound.id()).isEqualTo(wallet));
    }

    @Test
    void aBindingThatExpired_isNotCountedAgainOnTheNextRun() {
        codeSentFor(hexmall.startBinding(customer, ALIPAY, "13800000001"));
        hexmall.clock.advance(Duration.ofMinutes(16));

        assertThat(List.of(hexmall.expireStaleBindings.expire(), hexmall.expireStaleBindings.expire()))
                .containsExactly(1, 0);
    }
}
