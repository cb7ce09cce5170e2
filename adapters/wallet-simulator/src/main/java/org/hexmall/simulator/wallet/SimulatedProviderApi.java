package org.hexmall.simulator.wallet;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.agreement.Agreement;
import org.hexmall.simulator.wallet.agreement.Agreements;
import org.hexmall.simulator.wallet.api.AuthorizationAnswer;
import org.hexmall.simulator.wallet.api.CancellationAnswer;
import org.hexmall.simulator.wallet.api.MockWalletPaths;
import org.hexmall.simulator.wallet.api.PaymentAnswer;
import org.hexmall.simulator.wallet.api.PaymentStatusAnswer;
import org.hexmall.simulator.wallet.api.ReconfirmationAnswer;
import org.hexmall.simulator.wallet.api.RefundAnswer;
import org.hexmall.simulator.wallet.api.WalletProviderApi;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.fault.Faults;
import org.hexmall.simulator.wallet.payment.Payments;
import org.hexmall.simulator.wallet.payment.Refunds;
import org.hexmall.simulator.wallet.payment.SimulatedPayment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The providers' API as the simulation serves it. Each request does its work at once, but its answer comes as the
 * provider's or the account's fault says: at once, late ({@link Fault#SLOW}), or never ({@link Fault#TIMEOUT}, when
 * the work is done all the same, as when a real answer is lost on the way back); {@link Fault#PROVIDER_DOWN} does
 * nothing and says so.
 */
final class SimulatedProviderApi implements WalletProviderApi, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedProviderApi.class);

    private final Faults faults;
    private final Agreements agreements;
    private final Payments payments;
    private final Refunds refunds;
    private final Duration slowAnswer;
    /** Runs the payments confirmed automatically, each on a thread of its own, as customers pay at the same time. */
    private final ExecutorService automaticConfirmations = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("mock-wallet-auto-confirm-", 0).factory());
    private volatile boolean autoConfirming;

    SimulatedProviderApi(Faults faults, Agreements agreements, Payments payments, Refunds refunds,
                         Duration slowAnswer) {
        this.faults = faults;
        this.agreements = agreements;
        this.payments = payments;
        this.refunds = refunds;
        this.slowAnswer = slowAnswer;
    }

    /** {@link Fault#ACCOUNT_NOT_FOUND} says there is no such account, even when there is. */
    @Override
    public CompletableFuture<AuthorizationAnswer> requestAuthorization(WalletProvider provider,
                                                                       WalletAccountIdentifier account,
                                                                       String merchantState, URI returnUrl) {
        Optional<Fault> fault = faults.faultFor(provider, Optional.of(account));
        if (fault.filter(Fault.ACCOUNT_NOT_FOUND::equals).isPresent()) {
            return CompletableFuture.completedFuture(new AuthorizationAnswer.NoSuchAccount());
        }
        return answer(fault, () -> agreements.request(provider, account, merchantState, returnUrl)
                        .<AuthorizationAnswer>map(request -> new AuthorizationAnswer.AuthorizationPage(
                                MockWalletPaths.authorizationPage(provider, request.id())))
                        .orElseGet(AuthorizationAnswer.NoSuchAccount::new),
                AuthorizationAnswer.ServiceUnavailable::new);
    }

    /** An agreement with an account under {@link Fault#ACCOUNT_NOT_FOUND} is not valid, as if the account had gone. */
    @Override
    public CompletableFuture<ReconfirmationAnswer> requestReconfirmation(WalletProvider provider,
                                                                         String agreementToken, String merchantState,
                                                                         URI returnUrl) {
        Optional<Fault> fault = faults.faultFor(provider, agreements.find(provider, agreementToken)
                .map(Agreement::account));
        if (fault.filter(Fault.ACCOUNT_NOT_FOUND::equals).isPresent()) {
            return CompletableFuture.completedFuture(new ReconfirmationAnswer.AgreementNotValid());
        }
        return answer(fault, () -> agreements.requestReconfirmation(provider, agreementToken, merchantState, returnUrl)
                        .<ReconfirmationAnswer>map(request -> new ReconfirmationAnswer.ReconfirmationPage(
                                MockWalletPaths.authorizationPage(provider, request.id())))
                        .orElseGet(ReconfirmationAnswer.AgreementNotValid::new),
                ReconfirmationAnswer.ServiceUnavailable::new);
    }

    /** An agreement with an account under {@link Fault#ACCOUNT_NOT_FOUND} is not valid, as if the account had gone. */
    @Override
    public CompletableFuture<PaymentAnswer> createPayment(WalletProvider provider, String agreementToken,
                                                          PaymentId merchantPayment, String orderNumber,
                                                          long amountFen, URI returnUrl) {
        Optional<Agreement> agreement = agreements.find(provider, agreementToken);
        Optional<Fault> fault = faults.faultFor(provider, agreement.map(Agreement::account));
        if (fault.filter(Fault.ACCOUNT_NOT_FOUND::equals).isPresent()) {
            return CompletableFuture.completedFuture(new PaymentAnswer.AgreementNotValid());
        }
        CompletableFuture<PaymentAnswer> answer = answer(fault, () -> agreement.filter(Agreement::isActive)
                        .<PaymentAnswer>map(active -> new PaymentAnswer.PayPage(MockWalletPaths.payPage(provider,
                                payments.create(active, merchantPayment, orderNumber, amountFen, returnUrl).id())))
                        .orElseGet(PaymentAnswer.AgreementNotValid::new),
                PaymentAnswer.ServiceUnavailable::new);
        if (autoConfirming) {
            // Once the answer is given, as a customer can only type the password on the pay page it names.
            answer.thenAcceptAsync(given -> {
                if (given instanceof PaymentAnswer.PayPage) {
                    payments.confirmAsItsCustomer(provider, merchantPayment);
                }
            }, automaticConfirmations).exceptionally(failed -> {
                LOG.warn("Simulated {} could not confirm payment {} automatically", provider, merchantPayment, failed);
                return null;
            });
        }
        return answer;
    }

    @Override
    public CompletableFuture<PaymentStatusAnswer> queryPayment(WalletProvider provider, PaymentId merchantPayment) {
        Optional<SimulatedPayment> payment = payments.find(provider, merchantPayment);
        return answer(faultOf(provider, payment), () -> statusOf(payment),
                PaymentStatusAnswer.ServiceUnavailable::new);
    }

    @Override
    public CompletableFuture<PaymentStatusAnswer> closePayment(WalletProvider provider, PaymentId merchantPayment) {
        Optional<SimulatedPayment> payment = payments.find(provider, merchantPayment);
        return answer(faultOf(provider, payment), () -> statusOf(payment.map(payments::close)),
                PaymentStatusAnswer.ServiceUnavailable::new);
    }

    @Override
    public CompletableFuture<RefundAnswer> refund(WalletProvider provider, PaymentId merchantPayment,
                                                  String refundNumber, long amountFen) {
        Optional<SimulatedPayment> payment = payments.find(provider, merchantPayment);
        return answer(faultOf(provider, payment), () -> payment
                        .map(found -> refunds.refund(found, refundNumber, amountFen))
                        .orElseGet(() -> new RefundAnswer.Refused("no such payment")),
                RefundAnswer.ServiceUnavailable::new);
    }

    /** The faults of the agreement's account apply, as to its payments; {@link Fault#ACCOUNT_NOT_FOUND} does not. */
    @Override
    public CompletableFuture<CancellationAnswer> cancelAgreement(WalletProvider provider, String agreementToken) {
        Optional<Fault> fault = faults.faultFor(provider, agreements.find(provider, agreementToken)
                .map(Agreement::account));
        return answer(fault, () -> agreements.cancelForMerchant(provider, agreementToken)
                        ? new CancellationAnswer.Cancelled() : new CancellationAnswer.NotActive(),
                CancellationAnswer.ServiceUnavailable::new);
    }

    /** See {@link WalletSimulator#confirmPaymentsAutomatically(boolean)}. */
    void confirmPaymentsAutomatically(boolean on) {
        autoConfirming = on;
    }

    boolean confirmsPaymentsAutomatically() {
        return autoConfirming;
    }

    private Optional<Fault> faultOf(WalletProvider provider, Optional<SimulatedPayment> payment) {
        return faults.faultFor(provider, payment.map(SimulatedPayment::account));
    }

    private static PaymentStatusAnswer statusOf(Optional<SimulatedPayment> payment) {
        return payment.<PaymentStatusAnswer>map(found -> new PaymentStatusAnswer.Found(found.status(),
                        found.amountFen(), found.transaction(), found.failureReason()))
                .orElseGet(PaymentStatusAnswer.NoSuchPayment::new);
    }

    private <A> CompletableFuture<A> answer(Optional<Fault> fault, Supplier<A> work, Supplier<A> unavailable) {
        if (fault.isEmpty()) {
            return CompletableFuture.completedFuture(work.get());
        }
        return switch (fault.get()) {
            case PROVIDER_DOWN -> CompletableFuture.completedFuture(unavailable.get());
            case TIMEOUT -> {
                work.get();
                yield new CompletableFuture<>();
            }
            case SLOW -> new CompletableFuture<A>().completeOnTimeout(work.get(), slowAnswer.toMillis(),
                    TimeUnit.MILLISECONDS);
            case ACCOUNT_NOT_FOUND, DUPLICATE_NOTIFICATIONS, DELAYED_NOTIFICATIONS, REFUNDS_FAIL,
                 DECLINES_PAYMENTS -> CompletableFuture.completedFuture(work.get());
        };
    }

    @Override
    public void close() {
        automaticConfirmations.shutdownNow();
    }
}
