package org.hexmall.application.port.out.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link WalletProviderGateway} must do, whichever provider it talks to: the promises the use
 * cases rely on. A concrete test supplies the gateway and a {@link WalletSandbox} for the provider's side, so that
 * an adapter for a real provider, run against that provider's sandbox, has to pass the same tests as the simulated
 * one. The gateway must give up waiting well before a test's patience runs out.
 */
public abstract class WalletProviderGatewayContract {

    private static final URI RETURN_URL = URI.create("https://hexmall.test/return");
    private static final String ORDER_NUMBER = "2611 2204 5584";
    private static final Money BALANCE = Money.ofYuan(500, 0);
    private static final Money PRICE = Money.ofYuan(123, 45);

    protected abstract WalletProviderGateway gateway();

    /** The provider's side, with nothing in it that a test did not put there. */
    protected abstract WalletSandbox sandbox();

    // Starting an authorization

    @Test
    void anAccountTheProviderHas_isSentToTheProviderToConfirm() {
        assertThat(startAuthorization(sandbox().openAccount(BALANCE)))
                .isInstanceOf(AuthorizationStart.RedirectCustomer.class);
    }

    @Test
    void anAccountTheProviderDoesNotHave_isNotFound() {
        assertThat(startAuthorization(sandbox().unknownAccount()))
                .isInstanceOf(AuthorizationStart.AccountNotFound.class);
    }

    @Test
    void aProviderThatCannotServe_isUnavailable() {
        WalletAccountIdentifier account = sandbox().openAccount(BALANCE);
        sandbox().makeUnavailable();

        assertThat(startAuthorization(account)).isInstanceOf(AuthorizationStart.ProviderUnavailable.class);
    }

    @Test
    void aProviderThatDoesNotAnswer_isUnavailableOnceTheGatewayStopsWaiting() {
        WalletAccountIdentifier account = sandbox().openAccount(BALANCE);
        sandbox().makeSilent();

        assertThat(startAuthorization(account)).isInstanceOf(AuthorizationStart.ProviderUnavailable.class);
    }

    // Reading what the provider sends

    @Test
    void theCustomersApproval_isReadWithTheStoresStateAndTheAgreement() {
        var page = (AuthorizationStart.RedirectCustomer) startAuthorization(sandbox().openAccount(BALANCE));

        ProviderMessage message = read(sandbox().approve(page.url()));

        assertThat(message).isInstanceOfSatisfying(ProviderMessage.AuthorizationApproved.class, approved -> {
            assertThat(approved.state()).isEqualTo("binding-1");
            assertThat(approved.agreementToken()).isNotBlank();
            assertThat(approved.nonce()).isNotBlank();
            assertThat(approved.issuedAt()).isNotNull();
        });
    }

    @Test
    void theCustomersRefusal_isReadAsARejectionThatGrantsNothing() {
        var page = (AuthorizationStart.RedirectCustomer) startAuthorization(sandbox().openAccount(BALANCE));

        ProviderMessage message = read(sandbox().reject(page.url()));

        assertThat(message).isInstanceOfSatisfying(ProviderMessage.AuthorizationRejected.class,
                rejected -> assertThat(rejected.state()).isEqualTo("binding-1"));
    }

    @Test
    void aMessageWithAnyParameterChanged_isUnverifiable() {
        Map<String, String> approval = approvalOf(sandbox().openAccount(BALANCE));

        for (String name : approval.keySet()) {
            Map<String, String> tampered = new HashMap<>(approval);
            tampered.put(name, approval.get(name) + "1");

            assertThat(read(tampered)).as("with %s changed", name).isInstanceOf(ProviderMessage.Unverifiable.class);
        }
    }

    @Test
    void aMessageWithAnyParameterMissing_isUnverifiable_theSignatureAmongThem() {
        Map<String, String> approval = approvalOf(sandbox().openAccount(BALANCE));

        for (String name : approval.keySet()) {
            Map<String, String> shortened = new HashMap<>(approval);
            shortened.remove(name);

            assertThat(read(shortened)).as("without %s", name).isInstanceOf(ProviderMessage.Unverifiable.class);
        }
    }

    @Test
    void aMessageFromAnotherProviderOrFromNobody_isUnverifiable() {
        Map<String, String> approval = approvalOf(sandbox().openAccount(BALANCE));
        WalletProvider another = WalletProvider.supportedProviders().stream()
                .filter(provider -> provider != sandbox().provider()).findFirst().orElseThrow();

        assertThat(gateway().read(another, approval)).isInstanceOf(ProviderMessage.Unverifiable.class);
        assertThat(read(Map.of())).isInstanceOf(ProviderMessage.Unverifiable.class);
        assertThat(read(null)).isInstanceOf(ProviderMessage.Unverifiable.class);
    }

    // Starting a payment

    @Test
    void aPaymentUnderAValidAgreement_sendsTheCustomerToConfirmIt_andTheirConfirmationIsReadAsPaid() {
        WalletAccountIdentifier account = sandbox().openAccount(BALANCE);
        PaymentRequest request = paymentUnder(agreementOf(account));

        var page = (PaymentStart.RedirectCustomer) gateway().startPayment(request);
        ProviderMessage result = read(sandbox().pay(page.url()));

        assertThat(result).isInstanceOfSatisfying(ProviderMessage.PaymentSucceeded.class, paid -> {
            assertThat(paid.payment()).isEqualTo(request.payment());
            assertThat(paid.orderNumber()).isEqualTo(ORDER_NUMBER);
            assertThat(paid.amount()).isEqualTo(PRICE);
            assertThat(paid.transaction()).isNotBlank();
        });
        assertThat(sandbox().balanceOf(account)).isEqualTo(BALANCE.minus(PRICE));
    }

    @Test
    void startingOnePaymentTwice_chargesItOnce() {
        WalletAccountIdentifier account = sandbox().openAccount(BALANCE);
        PaymentRequest request = paymentUnder(agreementOf(account));

        var first = (PaymentStart.RedirectCustomer) gateway().startPayment(request);
        var second = (PaymentStart.RedirectCustomer) gateway().startPayment(request);
        sandbox().pay(first.url());
        sandbox().pay(second.url());

        assertThat(sandbox().balanceOf(account)).isEqualTo(BALANCE.minus(PRICE));
        assertThat(gateway().lookUpPayment(sandbox().provider(), request.payment()))
                .isInstanceOf(PaymentLookup.Paid.class);
    }

    @Test
    void anAgreementNobodyGranted_isNotValid() {
        assertThat(gateway().startPayment(paymentUnder("an-agreement-nobody-granted")))
                .isInstanceOf(PaymentStart.AgreementNotValid.class);
    }

    @Test
    void anAgreementTheCustomerCancelledInTheWalletApp_isNotValid() {
        String agreement = agreementOf(sandbox().openAccount(BALANCE));
        sandbox().cancelInApp(agreement);

        assertThat(gateway().startPayment(paymentUnder(agreement))).isInstanceOf(PaymentStart.AgreementNotValid.class);
    }

    @Test
    void aProviderThatCannotServe_isUnavailable_andCreatesNoPayment() {
        PaymentRequest request = paymentUnder(agreementOf(sandbox().openAccount(BALANCE)));
        sandbox().makeUnavailable();

        PaymentStart answer = gateway().startPayment(request);

        assertThat(answer).isInstanceOf(PaymentStart.ProviderUnavailable.class);
        sandbox().makeNormal();
        assertThat(gateway().lookUpPayment(sandbox().provider(), request.payment()))
                .isInstanceOf(PaymentLookup.NotFound.class);
    }

    @Test
    void aProviderThatDoesNotAnswer_isNoAnswer_andStartingAgainLaterChargesOnce() {
        WalletAccountIdentifier account = sandbox().openAccount(BALANCE);
        PaymentRequest request = paymentUnder(agreementOf(account));
        sandbox().makeSilent();

        PaymentStart answer = gateway().startPayment(request);

        assertThat(answer).isInstanceOf(PaymentStart.NoAnswer.class);
        sandbox().makeNormal();
        var again = (PaymentStart.RedirectCustomer) gateway().startPayment(request);
        sandbox().pay(again.url());
        assertThat(sandbox().balanceOf(account)).isEqualTo(BALANCE.minus(PRICE));
    }

    // What became of a payment

    @Test
    void aPaymentWaitingForTheCustomer_isOpen() {
        PaymentRequest request = startedPayment(sandbox().openAccount(BALANCE)).request();

        assertThat(gateway().lookUpPayment(sandbox().provider(), request.payment()))
                .isInstanceOf(PaymentLookup.Open.class);
    }

    @Test
    void aPaidPayment_isPaid_withTheTransactionTheCustomersResultNamed() {
        Started started = startedPayment(sandbox().openAccount(BALANCE));
        var paid = (ProviderMessage.PaymentSucceeded) read(sandbox().pay(started.page()));

        assertThat(gateway().lookUpPayment(sandbox().provider(), started.request().payment()))
                .isEqualTo(new PaymentLookup.Paid(paid.transaction(), PRICE));
    }

    @Test
    void aPaymentTheBalanceCouldNotCover_isNotPaid_forThatReason() {
        Started started = startedPayment(sandbox().openAccount(PRICE.minus(Money.ofFen(1))));

        sandbox().pay(started.page());

        assertThat(gateway().lookUpPayment(sandbox().provider(), started.request().payment()))
                .isEqualTo(new PaymentLookup.NotPaid(PaymentFailureReason.INSUFFICIENT_BALANCE));
    }

    @Test
    void aPaymentTheCustomerLeft_isClosed() {
        Started started = startedPayment(sandbox().openAccount(BALANCE));

        sandbox().leave(started.page());

        assertThat(gateway().lookUpPayment(sandbox().provider(), started.request().payment()))
                .isInstanceOf(PaymentLookup.Closed.class);
    }

    @Test
    void closingAnOpenPayment_closesItForGood() {
        WalletAccountIdentifier account = sandbox().openAccount(BALANCE);
        Started started = startedPayment(account);

        PaymentLookup closed = gateway().closePayment(sandbox().provider(), started.request().payment());
        sandbox().pay(started.page());

        assertThat(closed).isInstanceOf(PaymentLookup.Closed.class);
        assertThat(sandbox().balanceOf(account)).isEqualTo(BALANCE);
        assertThat(gateway().lookUpPayment(sandbox().provider(), started.request().payment()))
                .isInstanceOf(PaymentLookup.Closed.class);
    }

    @Test
    void closingAPaymentTheCustomerPaidFirst_answersPaid() {
        Started started = startedPayment(sandbox().openAccount(BALANCE));
        sandbox().pay(started.page());

        assertThat(gateway().closePayment(sandbox().provider(), started.request().payment()))
                .isInstanceOf(PaymentLookup.Paid.class);
    }

    @Test
    void aPaymentTheProviderNeverReceived_isNotFound() {
        PaymentId unknown = new PaymentId(UUID.randomUUID());

        assertThat(gateway().lookUpPayment(sandbox().provider(), unknown)).isInstanceOf(PaymentLookup.NotFound.class);
        assertThat(gateway().closePayment(sandbox().provider(), unknown)).isInstanceOf(PaymentLookup.NotFound.class);
    }

    @Test
    void aProviderThatCannotServe_cannotBeAskedAboutPaymentsNorRefund() {
        PaymentId payment = paidPayment(sandbox().openAccount(BALANCE));
        sandbox().makeUnavailable();

        assertThat(gateway().lookUpPayment(sandbox().provider(), payment))
                .isInstanceOf(PaymentLookup.ProviderUnavailable.class);
        assertThat(gateway().closePayment(sandbox().provider(), payment))
                .isInstanceOf(PaymentLookup.ProviderUnavailable.class);
        assertThat(gateway().refund(refundOf(payment, "refund-1", PRICE)))
                .isInstanceOf(RefundResult.ProviderUnavailable.class);
    }

    // Refunds

    @Test
    void aRefund_givesTheMoneyBack() {
        WalletAccountIdentifier account = sandbox().openAccount(BALANCE);
        PaymentId payment = paidPayment(account);

        RefundResult result = gateway().refund(refundOf(payment, "refund-1", PRICE));

        assertThat(result).isInstanceOfSatisfying(RefundResult.Refunded.class,
                refunded -> assertThat(refunded.providerRefund()).isNotBlank());
        assertThat(sandbox().balanceOf(account)).isEqualTo(BALANCE);
    }

    @Test
    void askingAgainWithTheSameRefundNumber_answersTheSameRefund_andMovesNoMoreMoney() {
        WalletAccountIdentifier account = sandbox().openAccount(BALANCE);
        PaymentId payment = paidPayment(account);

        RefundResult first = gateway().refund(refundOf(payment, "refund-1", Money.ofYuan(20, 0)));
        RefundResult again = gateway().refund(refundOf(payment, "refund-1", Money.ofYuan(20, 0)));

        assertThat(again).isEqualTo(first).isInstanceOf(RefundResult.Refunded.class);
        assertThat(sandbox().balanceOf(account)).isEqualTo(BALANCE.minus(PRICE).plus(Money.ofYuan(20, 0)));
    }

    @Test
    void refundingMoreThanIsLeft_isRefused_andMovesNothing() {
        WalletAccountIdentifier account = sandbox().openAccount(BALANCE);
        PaymentId payment = paidPayment(account);
        gateway().refund(refundOf(payment, "refund-1", Money.ofYuan(100, 0)));

        RefundResult tooMuch = gateway().refund(refundOf(payment, "refund-2", Money.ofYuan(23, 46)));

        assertThat(tooMuch).isInstanceOf(RefundResult.Refused.class);
        assertThat(sandbox().balanceOf(account)).isEqualTo(BALANCE.minus(PRICE).plus(Money.ofYuan(100, 0)));
    }

    // Re-confirming a binding from a new device

    @Test
    void aReconfirmationUnderAValidAgreement_sendsTheCustomerToTheApp_andTheirApprovalIsReadWithTheStoresState() {
        var page = (ReconfirmationStart.RedirectCustomer) gateway().startReconfirmation(
                reconfirmationOf(agreementOf(sandbox().openAccount(BALANCE))));

        ProviderMessage message = read(sandbox().reconfirm(page.url()));

        assertThat(message).isInstanceOfSatisfying(ProviderMessage.ReconfirmationApproved.class, approved -> {
            assertThat(approved.state()).isEqualTo("reconfirmation-1");
            assertThat(approved.nonce()).isNotBlank();
            assertThat(approved.issuedAt()).isNotNull();
        });
    }

    @Test
    void aRefusedReconfirmation_isReadAsRefused_andTheAgreementStillPays() {
        String agreement = agreementOf(sandbox().openAccount(BALANCE));
        var page = (ReconfirmationStart.RedirectCustomer) gateway().startReconfirmation(reconfirmationOf(agreement));

        ProviderMessage message = read(sandbox().refuseReconfirmation(page.url()));

        assertThat(message).isInstanceOfSatisfying(ProviderMessage.ReconfirmationRejected.class,
                rejected -> assertThat(rejected.state()).isEqualTo("reconfirmation-1"));
        assertThat(gateway().startPayment(paymentUnder(agreement))).isInstanceOf(PaymentStart.RedirectCustomer.class);
    }

    @Test
    void aReconfirmationUnderACancelledAgreement_isRefusedAsNotValid() {
        String agreement = agreementOf(sandbox().openAccount(BALANCE));
        gateway().cancelAgreement(sandbox().provider(), agreement);

        assertThat(gateway().startReconfirmation(reconfirmationOf(agreement)))
                .isInstanceOf(ReconfirmationStart.AgreementNotValid.class);
    }

    @Test
    void aReconfirmationAskedOfAProviderThatCannotServe_isUnavailable() {
        String agreement = agreementOf(sandbox().openAccount(BALANCE));
        sandbox().makeUnavailable();

        assertThat(gateway().startReconfirmation(reconfirmationOf(agreement)))
                .isInstanceOf(ReconfirmationStart.ProviderUnavailable.class);
    }

    // Cancelling an agreement

    @Test
    void cancellingAnAgreement_endsIt_soThatTheAppNoLongerListsTheStoreAndItCanNoLongerPay() {
        WalletAccountIdentifier account = sandbox().openAccount(BALANCE);
        String agreement = agreementOf(account);
        assertThat(sandbox().appListsTheStore(account)).isTrue();

        CancellationResult result = gateway().cancelAgreement(sandbox().provider(), agreement);

        assertThat(result).isInstanceOf(CancellationResult.Cancelled.class);
        assertThat(sandbox().appListsTheStore(account)).isFalse();
        assertThat(gateway().startPayment(paymentUnder(agreement))).isInstanceOf(PaymentStart.AgreementNotValid.class);
    }

    @Test
    void cancellingAnAgreementAgain_answersThatItHadEndedAlready_andChangesNothingMore() {
        WalletAccountIdentifier account = sandbox().openAccount(BALANCE);
        String agreement = agreementOf(account);
        gateway().cancelAgreement(sandbox().provider(), agreement);

        assertThat(gateway().cancelAgreement(sandbox().provider(), agreement))
                .isInstanceOf(CancellationResult.AlreadyEnded.class);
        assertThat(sandbox().appListsTheStore(account)).isFalse();
    }

    @Test
    void anAgreementTheCustomerCancelledInTheWalletApp_hadEndedAlready() {
        String agreement = agreementOf(sandbox().openAccount(BALANCE));
        sandbox().cancelInApp(agreement);

        assertThat(gateway().cancelAgreement(sandbox().provider(), agreement))
                .isInstanceOf(CancellationResult.AlreadyEnded.class);
    }

    @Test
    void anAgreementNobodyGranted_hasNothingToCancel() {
        assertThat(gateway().cancelAgreement(sandbox().provider(), "an-agreement-nobody-granted"))
                .isInstanceOf(CancellationResult.AlreadyEnded.class);
    }

    @Test
    void cancellingOneAgreement_leavesTheAccountsOtherAgreementWithTheStore() {
        WalletAccountIdentifier account = sandbox().openAccount(BALANCE);
        String first = agreementOf(account);
        String second = agreementOf(account);

        gateway().cancelAgreement(sandbox().provider(), first);

        assertThat(sandbox().appListsTheStore(account)).isTrue();
        assertThat(gateway().startPayment(paymentUnder(second))).isInstanceOf(PaymentStart.RedirectCustomer.class);
    }

    @Test
    void aProviderThatCannotServe_isUnavailable_andTheAgreementStaysUntilAskedAgain() {
        WalletAccountIdentifier account = sandbox().openAccount(BALANCE);
        String agreement = agreementOf(account);
        sandbox().makeUnavailable();

        CancellationResult result = gateway().cancelAgreement(sandbox().provider(), agreement);

        assertThat(result).isInstanceOf(CancellationResult.ProviderUnavailable.class);
        sandbox().makeNormal();
        assertThat(sandbox().appListsTheStore(account)).isTrue();
        assertThat(gateway().cancelAgreement(sandbox().provider(), agreement))
                .isInstanceOf(CancellationResult.Cancelled.class);
        assertThat(sandbox().appListsTheStore(account)).isFalse();
    }

    @Test
    void aProviderThatDoesNotAnswer_isUnavailable_andAskingAgainLaterLeavesTheAgreementEnded() {
        WalletAccountIdentifier account = sandbox().openAccount(BALANCE);
        String agreement = agreementOf(account);
        sandbox().makeSilent();

        CancellationResult result = gateway().cancelAgreement(sandbox().provider(), agreement);

        assertThat(result).isInstanceOf(CancellationResult.ProviderUnavailable.class);
        sandbox().makeNormal();
        assertThat(gateway().cancelAgreement(sandbox().provider(), agreement))
                .isInstanceOfAny(CancellationResult.Cancelled.class, CancellationResult.AlreadyEnded.class);
        assertThat(sandbox().appListsTheStore(account)).isFalse();
    }

    private record Started(PaymentRequest request, URI page) {
    }

    private AuthorizationStart startAuthorization(WalletAccountIdentifier account) {
        return gateway().startAuthorization(new AuthorizationRequest(sandbox().provider(), account, "binding-1",
                RETURN_URL));
    }

    /** What the customer's browser brings back after approving the binding of the account. */
    private Map<String, String> approvalOf(WalletAccountIdentifier account) {
        var page = (AuthorizationStart.RedirectCustomer) startAuthorization(account);
        return sandbox().approve(page.url());
    }

    private String agreementOf(WalletAccountIdentifier account) {
        return ((ProviderMessage.AuthorizationApproved) read(approvalOf(account))).agreementToken();
    }

    private ReconfirmationRequest reconfirmationOf(String agreement) {
        return new ReconfirmationRequest(sandbox().provider(), agreement, "reconfirmation-1", RETURN_URL);
    }

    private PaymentRequest paymentUnder(String agreement) {
        return new PaymentRequest(sandbox().provider(), agreement, new PaymentId(UUID.randomUUID()), ORDER_NUMBER,
                PRICE, RETURN_URL);
    }

    private Started startedPayment(WalletAccountIdentifier account) {
        PaymentRequest request = paymentUnder(agreementOf(account));
        var page = (PaymentStart.RedirectCustomer) gateway().startPayment(request);
        return new Started(request, page.url());
    }

    private PaymentId paidPayment(WalletAccountIdentifier account) {
        Started started = startedPayment(account);
        assertThat(read(sandbox().pay(started.page()))).isInstanceOf(ProviderMessage.PaymentSucceeded.class);
        return started.request().payment();
    }

    private RefundRequest refundOf(PaymentId payment, String number, Money amount) {
        return new RefundRequest(sandbox().provider(), payment, number, amount);
    }

    private ProviderMessage read(Map<String, String> parameters) {
        return gateway().read(sandbox().provider(), parameters);
    }
}
