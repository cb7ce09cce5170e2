package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.JD_PAY;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.support.BindingRecord;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion.Bound;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion.Expired;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion.RejectedInWallet;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion.Untrusted;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.application.port.in.wallet.ViewBindingOutcome;
import org.hexmall.bootstrap.UseCases;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class CompleteWalletAuthorizationTest {

    private static final String PHONE = "13800138000";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final WalletAccountIdentifier account = hexmall.walletAccountAt(ALIPAY, "13800000001");
    private final BindingId binding = hexmall.bindingAwaitingWalletApp(customer, PHONE,
            hexmall.startBinding(customer, ALIPAY, "13800000001"));
    private final URI walletApp = hexmall.walletAppPage(customer, binding);

    @Test
    void approvingInTheWalletApp_bindsTheWallet() {
        AuthorizationCompletion completion = hexmall.comeBack(customer, ALIPAY,
                hexmall.approveInWalletApp(ALIPAY, walletApp));

        assertThat(completion).isInstanceOfSatisfying(Bound.class, bound -> {
            assertThat(bound.wallet().id()).isEqualTo(binding);
            assertThat(bound.replaced()).isEmpty();
        });
        assertThat(hexmall.bindingSeenByAgent(customer, binding).status()).isEqualTo(BindingStatus.ACTIVE);
        assertThat(hexmall.wallets.agreements().of(ALIPAY, account)).singleElement().satisfies(agreement ->
                assertThat(hexmall.storage.walletBindings().findById(binding).orElseThrow().agreementToken())
                        .contains(agreement.token()));
    }

    @Test
    void aNewlyBoundWallet_isListedOnThePaymentMethodsPageMaskedAndPreferred() {
        hexmall.comeBack(customer, ALIPAY, hexmall.approveInWalletApp(ALIPAY, walletApp));

        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).singleElement().satisfies(wallet -> {
            assertThat(wallet.provider()).isEqualTo(ALIPAY);
            assertThat(wallet.maskedAccount()).isEqualTo("138****0001");
            assertThat(wallet.preferred()).isTrue();
            assertThat(wallet.boundAt()).isEqualTo(InMemoryHexmall.OPENING_TIME);
        });
    }

    @Test
    void rejectingInTheWalletApp_failsTheBindingAndBindsNothing() {
        AuthorizationCompletion completion = hexmall.comeBack(customer, ALIPAY,
                hexmall.rejectInWalletApp(ALIPAY, walletApp));

        assertThat(completion).isEqualTo(new RejectedInWallet(binding));
        BindingRecord record = hexmall.bindingSeenByAgent(customer, binding);
        assertThat(record.status()).isEqualTo(BindingStatus.FAILED);
        assertThat(record.failureReason()).contains(BindingFailureReason.REJECTED_IN_WALLET);
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).isEmpty();
    }

    @Test
    void theOutcomeOfABindingDeclinedInTheWalletApp_readsTheSameAfterwards_forItsCustomerOnly() {
        hexmall.comeBack(customer, ALIPAY, hexmall.rejectInWalletApp(ALIPAY, walletApp));
        UseCases useCases = hexmall.anotherServer();

        assertThat(useCases.viewBindingOutcome().view(customer, binding)).contains(new ViewBindingOutcome.Outcome(
                binding, ALIPAY, BindingStatus.FAILED, Optional.of(BindingFailureReason.REJECTED_IN_WALLET)));
        CustomerId someoneElse = hexmall.registeredCustomer("13900139055", "han.mm@example.com", "韩梅梅",
                "other-pass-99");
        assertThat(useCases.viewBindingOutcome().view(someoneElse, binding)).isEmpty();
    }

    @Test
    void theSameAnswerBroughtBackTwice_isNotTrustedTheSecondTimeAndChangesNothing() {
        Map<String, String> approval = hexmall.approveInWalletApp(ALIPAY, walletApp);
        hexmall.comeBack(customer, ALIPAY, approval);
        BindingRecord before = hexmall.bindingSeenByAgent(customer, binding);

        AuthorizationCompletion replayed = hexmall.comeBack(customer, ALIPAY, approval);

        assertThat(replayed).isInstanceOf(Untrusted.class);
        assertThat(hexmall.bindingSeenByAgent(customer, binding)).isEqualTo(before);
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).extracting(BoundWallet::id)
                .containsExactly(binding);
    }

    @Test
    void anAnswerWithAChangedParameter_isNotTrustedAndBindsNothing() {
        Map<String, String> tampered = new HashMap<>(hexmall.approveInWalletApp(ALIPAY, walletApp));
        tampered.put("agreement_token", "an-agreement-of-my-choosing");

        AuthorizationCompletion completion = hexmall.comeBack(customer, ALIPAY, tampered);

        assertThat(completion).isInstanceOf(Untrusted.class);
        assertThat(hexmall.bindingSeenByAgent(customer, binding).status())
                .isEqualTo(BindingStatus.AWAITING_AUTHORIZATION);
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).isEmpty();
    }

    @Test
    void aRejectionChangedIntoAnApproval_isNotTrusted() {
        Map<String, String> tampered = new HashMap<>(hexmall.rejectInWalletApp(ALIPAY, walletApp));
        tampered.put("type", "authorization_approved");
        tampered.put("agreement_token", "an-agreement-of-my-choosing");

        assertThat(hexmall.comeBack(customer, ALIPAY, tampered)).isInstanceOf(Untrusted.class);
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).isEmpty();
    }

    @Test
    void aChangedAnswer_leavesTheGenuineOneUsable() {
        Map<String, String> approval = hexmall.approveInWalletApp(ALIPAY, walletApp);
        Map<String, String> tampered = new HashMap<>(approval);
        tampered.put("agreement_token", "an-agreement-of-my-choosing");
        hexmall.comeBack(customer, ALIPAY, tampered);

        assertThat(hexmall.comeBack(customer, ALIPAY, approval)).isInstanceOf(Bound.class);
    }

    @Test
    void anAnswerOlderThanFiveMinutes_isNotTrusted() {
        Map<String, String> approval = hexmall.approveInWalletApp(ALIPAY, walletApp);
        hexmall.clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        AuthorizationCompletion completion = hexmall.comeBack(customer, ALIPAY, approval);

        assertThat(completion).isInstanceOf(Untrusted.class);
        assertThat(hexmall.bindingSeenByAgent(customer, binding).status())
                .isEqualTo(BindingStatus.AWAITING_AUTHORIZATION);
    }

    @Test
    void anAnswerFiveMinutesOld_isStillBelieved() {
        Map<String, String> approval = hexmall.approveInWalletApp(ALIPAY, walletApp);
        hexmall.clock.advance(Duration.ofMinutes(5));

        assertThat(hexmall.comeBack(customer, ALIPAY, approval)).isInstanceOf(Bound.class);
    }

    @Test
    void anotherCustomerBringingTheAnswer_isNotTrustedAndBindsNothingForEither() {
        CustomerId intruder = hexmall.registeredCustomer("13900139000", "", "韩梅梅", "other-pass-99");

        AuthorizationCompletion completion = hexmall.comeBack(intruder, ALIPAY,
                hexmall.approveInWalletApp(ALIPAY, walletApp));

        assertThat(completion).isInstanceOf(Untrusted.class);
        assertThat(hexmall.viewPaymentMethods.view(intruder).wallets()).isEmpty();
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).isEmpty();
        assertThat(hexmall.bindingSeenByAgent(customer, binding).status())
                .isEqualTo(BindingStatus.AWAITING_AUTHORIZATION);
    }

    @Test
    void anAnswerAnotherCustomerBroughtFirst_stillBindsForItsCustomer() {
        CustomerId intruder = hexmall.registeredCustomer("13900139000", "", "韩梅梅", "other-pass-99");
        Map<String, String> approval = hexmall.approveInWalletApp(ALIPAY, walletApp);
        hexmall.comeBack(intruder, ALIPAY, approval);

        assertThat(hexmall.comeBack(customer, ALIPAY, approval)).isInstanceOf(Bound.class);
    }

    @Test
    void anAnswerBroughtBackForAnotherProvider_isNotTrusted() {
        AuthorizationCompletion completion = hexmall.comeBack(customer, JD_PAY,
                hexmall.approveInWalletApp(ALIPAY, walletApp));

        assertThat(completion).isInstanceOf(Untrusted.class);
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).isEmpty();
    }

    @Test
    void answeringFifteenMinutesAfterTheBindingStarted_findsItExpired() {
        hexmall.clock.advance(Duration.ofMinutes(15));

        AuthorizationCompletion completion = hexmall.comeBack(customer, ALIPAY,
                hexmall.approveInWalletApp(ALIPAY, walletApp));

        assertThat(completion).isInstanceOf(Expired.class);
        assertThat(hexmall.bindingSeenByAgent(customer, binding).status()).isEqualTo(BindingStatus.EXPIRED);
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).isEmpty();
    }

    @Test
    void anAccountFrozenWhileBinding_getsNoWalletBound() {
        // Customer service freezes the account while the customer is confirming in the wallet app.
        hexmall.freeze(customer);

        AuthorizationCompletion completion = hexmall.comeBack(customer, ALIPAY,
                hexmall.approveInWalletApp(ALIPAY, walletApp));

        assertThat(completion).isEqualTo(new AuthorizationCompletion.NotAllowed(binding, "account.frozen"));
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).isEmpty();
    }
}
