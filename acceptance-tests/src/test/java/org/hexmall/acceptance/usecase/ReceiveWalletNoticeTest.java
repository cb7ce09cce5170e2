package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.hexmall.application.port.in.account.ActivityEntry;
import org.hexmall.application.port.in.wallet.ReceiveWalletNotice.NoticeOutcome;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The customer cancels the binding inside the wallet app, and the provider tells the store. */
class ReceiveWalletNoticeTest {

    private static final String PHONE = "13800138000";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    @AutoClose
    private final WalletNotifyEndpoint notifyEndpoint = WalletNotifyEndpoint.startedFor(hexmall);
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final WalletAccountIdentifier account = hexmall.walletAccountAt(ALIPAY, "13800000001");
    private final BindingId binding = hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");

    @Test
    void cancellingInTheWalletApp_revokesTheBindingAndTakesItOffThePaymentMethodsPage() {
        cancelInWalletApp();

        assertThat(notifyEndpoint.received()).singleElement()
                .satisfies(notice -> assertThat(notice.outcome()).isEqualTo(NoticeOutcome.APPLIED));
        assertThat(hexmall.bindingSeenByAgent(customer, binding).status()).isEqualTo(BindingStatus.REVOKED);
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).isEmpty();
        assertThat(hexmall.viewPaymentMethods.view(customer).recentlyRevoked()).singleElement()
                .satisfies(revoked -> assertThat(revoked.maskedAccount()).isEqualTo("138****0001"));
        assertThat(hexmall.viewMyActivity.view(customer, 1).entries()).as("the customer's activity")
                .filteredOn(entry -> entry.what().equals(SecurityEventKind.WALLET_UNBOUND.name())).singleElement()
                .satisfies(entry -> assertThat(((ActivityEntry.Event) entry).event().source())
                        .as("done in the wallet app, not by the store").isEqualTo(SecurityEvent.Source.WALLET_APP));
    }

    @Test
    void aWalletCancelledInTheWalletApp_isNotCancelledAgainByTheStore() {
        cancelInWalletApp();
        hexmall.clock.advance(Duration.ofDays(1));

        assertThat(hexmall.cancelPendingAgreements.cancelPending()).isZero();
        assertThat(hexmall.bindingSeenByAgent(customer, binding).agreementCancellation()).isEmpty();
        assertThat(hexmall.cancellationRequests.of(agreementToken())).isZero();
    }

    @Test
    void theSameNoticeSentAgain_isAcknowledgedAsDoneAlready() {
        cancelInWalletApp();
        Map<String, String> firstNotice = notifyEndpoint.received().getFirst().parameters();

        NoticeOutcome again = hexmall.receiveWalletNotice.receive(ALIPAY, firstNotice);

        assertThat(again).isEqualTo(NoticeOutcome.ALREADY_DONE);
        assertThat(hexmall.bindingSeenByAgent(customer, binding).history())
                .filteredOn(event -> event.status() == BindingStatus.REVOKED).hasSize(1);
    }

    @Test
    void aNoticeWhoseSignatureDoesNotMatch_isRefusedAndTheWalletStaysBound() {
        Map<String, String> forged = new HashMap<>();
        forged.put("type", "agreement_cancelled");
        forged.put("provider", "alipay");
        forged.put("agreement_token", agreementToken());
        forged.put("nonce", "a-nonce-never-seen");
        forged.put("timestamp", Long.toString(hexmall.clock.instant().getEpochSecond()));
        forged.put("sign", "bm90IHRoZSBwcm92aWRlcidzIHNpZ25hdHVyZQ");

        NoticeOutcome outcome = hexmall.receiveWalletNotice.receive(ALIPAY, forged);

        assertThat(outcome).isEqualTo(NoticeOutcome.REFUSED);
        assertThat(hexmall.bindingSeenByAgent(customer, binding).status()).isEqualTo(BindingStatus.ACTIVE);
    }

    private void cancelInWalletApp() {
        assertThat(hexmall.wallets.agreements().cancelInApp(ALIPAY, agreementToken())).isTrue();
    }

    private String agreementToken() {
        return hexmall.wallets.agreements().of(ALIPAY, account).getFirst().token();
    }
}
