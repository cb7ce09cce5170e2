package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.codeSentFor;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.util.Optional;
import org.hexmall.application.port.in.support.BindingRecord;
import org.hexmall.application.port.in.wallet.WalletAuthorization.AccountNotFound;
import org.hexmall.application.port.in.wallet.WalletAuthorization.GoToWalletApp;
import org.hexmall.application.port.in.wallet.WalletAuthorization.NotPending;
import org.hexmall.application.port.in.wallet.WalletAuthorization.ProviderUnavailable;
import org.hexmall.application.port.in.wallet.WalletAuthorization;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.wallet.BindingEvent;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.simulator.wallet.fault.Fault;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class OpenWalletAuthorizationTest {

    private static final String PHONE = "13800138000";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final WalletAccountIdentifier account = hexmall.walletAccountAt(ALIPAY, "13800000001");

    @Test
    void afterTheRightCode_theCustomerIsSentToTheWalletAppToConfirmTheAccountTheyTyped() {
        BindingId binding = awaitingWalletApp();

        WalletAuthorization answer = hexmall.openWalletApp(customer, binding);

        assertThat(answer).isInstanceOfSatisfying(GoToWalletApp.class, go -> assertThat(
                hexmall.wallets.agreements().requestOnPage(ALIPAY, InMemoryHexmall.requestIdIn(go.url())))
                .get()
                .satisfies(request -> {
                    assertThat(request.account()).isEqualTo(account);
                    assertThat(request.isPending()).isTrue();
                }));
    }

    @Test
    void beforeTheRightCode_theWalletAppCannotBeOpened() {
        BindingId binding = codeSentFor(hexmall.startBinding(customer, ALIPAY, "13800000001"));

        assertThat(hexmall.openWalletApp(customer, binding)).isInstanceOf(NotPending.class);
        assertThat(hexmall.bindingSeenByAgent(customer, binding).status()).isEqualTo(BindingStatus.CODE_SENT);
    }

    @Test
    void anotherCustomer_cannotOpenTheWalletAppForTheBinding() {
        BindingId binding = awaitingWalletApp();
        CustomerId intruder = hexmall.registeredCustomer("13900139000", "", "韩梅梅", "other-pass-99");

        assertThat(hexmall.openWalletApp(intruder, binding)).isInstanceOf(NotPending.class);
    }

    @Test
    void whenTheProviderIsDown_theCustomerIsToldSoAndTheBindingWaitsWithTheTroubleNoted() {
        BindingId binding = awaitingWalletApp();
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);

        WalletAuthorization answer = hexmall.openWalletApp(customer, binding);

        assertThat(answer).isEqualTo(new ProviderUnavailable(ALIPAY));
        BindingRecord record = hexmall.bindingSeenByAgent(customer, binding);
        assertThat(record.status()).isEqualTo(BindingStatus.AWAITING_AUTHORIZATION);
        assertThat(record.history().getLast()).satisfies(event -> assertThat(record.failureNamedBy(event))
                .contains(BindingFailureReason.PROVIDER_UNAVAILABLE));
    }

    @Test
    void onceTheProviderIsBack_tryingAgainOpensTheWalletAppWithoutANewCode() {
        BindingId binding = awaitingWalletApp();
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        hexmall.openWalletApp(customer, binding);
        hexmall.wallets.faults().remove(ALIPAY);

        WalletAuthorization retry = hexmall.openWalletApp(customer, binding);

        assertThat(retry).isInstanceOf(GoToWalletApp.class);
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE))).hasSize(1);
    }

    @Test
    void whenTheProviderDoesNotAnswerInTime_theCustomerIsToldItIsUnavailable() {
        BindingId binding = awaitingWalletApp();
        hexmall.wallets.faults().inject(ALIPAY, Fault.TIMEOUT);

        WalletAuthorization answer = hexmall.openWalletApp(customer, binding);

        assertThat(answer).isEqualTo(new ProviderUnavailable(ALIPAY));
        BindingRecord record = hexmall.bindingSeenByAgent(customer, binding);
        assertThat(record.status()).isEqualTo(BindingStatus.AWAITING_AUTHORIZATION);
        assertThat(record.history()).extracting(BindingEvent::reason)
                .contains(Optional.of(BindingFailureReason.PROVIDER_UNAVAILABLE.name()));
    }

    @Test
    void aSlowProviderThatAnswersInTime_stillOpensTheWalletApp() {
        BindingId binding = awaitingWalletApp();
        hexmall.wallets.faults().inject(ALIPAY, Fault.SLOW);

        assertThat(hexmall.openWalletApp(customer, binding)).isInstanceOf(GoToWalletApp.class);
    }

    @Test
    void anAccountTheProviderDoesNotHave_failsTheBindingAndSaysWhichAccount() {
        BindingId binding = hexmall.bindingAwaitingWalletApp(customer, PHONE,
                hexmall.startBinding(customer, ALIPAY, "13800000009"));

        WalletAuthorization answer = hexmall.openWalletApp(customer, binding);

        assertThat(answer).isEqualTo(new AccountNotFound(ALIPAY, "138****0009"));
        BindingRecord record = hexmall.bindingSeenByAgent(customer, binding);
        assertThat(record.status()).isEqualTo(BindingStatus.FAILED);
        assertThat(record.failureReason()).contains(BindingFailureReason.ACCOUNT_NOT_FOUND);
    }

    @Test
    void aFailedBinding_cannotBeOpenedAgain() {
        BindingId binding = hexmall.bindingAwaitingWalletApp(customer, PHONE,
                hexmall.startBinding(customer, ALIPAY, "13800000009"));
        hexmall.openWalletApp(customer, binding);
        hexmall.walletAccountAt(ALIPAY, "13800000009");

        assertThat(hexmall.openWalletApp(customer, binding)).isInstanceOf(NotPending.class);
    }

    private BindingId awaitingWalletApp() {
        return hexmall.bindingAwaitingWalletApp(customer, PHONE, hexmall.startBinding(customer, ALIPAY, "13800000001"));
    }
}
