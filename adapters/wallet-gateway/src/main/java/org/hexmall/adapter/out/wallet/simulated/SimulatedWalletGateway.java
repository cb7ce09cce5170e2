package org.hexmall.adapter.out.wallet.simulated;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.hexmall.application.port.out.wallet.AuthorizationRequest;
import org.hexmall.application.port.out.wallet.AuthorizationStart;
import org.hexmall.application.port.out.wallet.CancellationResult;
import org.hexmall.application.port.out.wallet.PaymentLookup;
import org.hexmall.application.port.out.wallet.PaymentRequest;
import org.hexmall.application.port.out.wallet.PaymentStart;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.application.port.out.wallet.ReconfirmationRequest;
import org.hexmall.application.port.out.wallet.ReconfirmationStart;
import org.hexmall.application.port.out.wallet.RefundRequest;
import org.hexmall.application.port.out.wallet.RefundResult;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.api.AuthorizationAnswer;
import org.hexmall.simulator.wallet.api.CancellationAnswer;
import org.hexmall.simulator.wallet.api.PaymentAnswer;
import org.hexmall.simulator.wallet.api.PaymentStatusAnswer;
import org.hexmall.simulator.wallet.api.ProviderSecrets;
import org.hexmall.simulator.wallet.api.ReconfirmationAnswer;
import org.hexmall.simulator.wallet.api.RefundAnswer;
import org.hexmall.simulator.wallet.api.WalletProviderApi;

/**
 * The store's side of the SIMULATED wallet providers. Where an adapter for the real providers would call each
 * one's HTTPS API, this one calls the simulated providers' {@link WalletProviderApi} in the same JVM; everything
 * else is what a real integration does: wait no longer than its timeout, translate the provider's answer into the
 * out-port's terms, and trust no message whose signature does not check out.
 */
public final class SimulatedWalletGateway implements WalletProviderGateway {

    private final WalletProviderApi providers;
    private final SignedMessageReader reader;
    private final Duration timeout;

    /**
     * @param secrets the secrets the providers shared with the store, which their signatures are checked with
     * @param timeout how long to wait for a provider's answer before calling it unavailable
     */
    public SimulatedWalletGateway(WalletProviderApi providers, ProviderSecrets secrets, Duration timeout) {
        this.providers = providers;
        this.reader = new SignedMessageReader(secrets);
        this.timeout = timeout;
    }

    /** The provider's answer, or why none came: no answer in time, a failure inside it, an interruption. */
    private sealed interface Reply<A> {
        record Answered<A>(A answer) implements Reply<A> {
        }

        record NoAnswer<A>(String detail) implements Reply<A> {
        }
    }

    @Override
    public AuthorizationStart startAuthorization(AuthorizationRequest request) {
        WalletProvider provider = request.provider();
        return switch (ask(provider, () -> providers.requestAuthorization(provider, request.account(),
                request.state(), request.returnUrl()))) {
            case Reply.Answered<AuthorizationAnswer>(AuthorizationAnswer.AuthorizationPage page) ->
                    new AuthorizationStart.RedirectCustomer(page.url());
            case Reply.Answered<AuthorizationAnswer>(AuthorizationAnswer.NoSuchAccount none) ->
                    new AuthorizationStart.AccountNotFound();
            case Reply.Answered<AuthorizationAnswer>(AuthorizationAnswer.ServiceUnavailable down) ->
                    new AuthorizationStart.ProviderUnavailable(provider + " answered: service unavailable");
            case Reply.NoAnswer<AuthorizationAnswer>(String detail) ->
                    new AuthorizationStart.ProviderUnavailable(detail);
        };
    }

    @Override
    public ReconfirmationStart startReconfirmation(ReconfirmationRequest request) {
        WalletProvider provider = request.provider();
        return switch (ask(provider, () -> providers.requestReconfirmation(provider, request.agreementToken(),
                request.state(), request.returnUrl()))) {
            case Reply.Answered<ReconfirmationAnswer>(ReconfirmationAnswer.ReconfirmationPage page) ->
                    new ReconfirmationStart.RedirectCustomer(page.url());
            case Reply.Answered<ReconfirmationAnswer>(ReconfirmationAnswer.AgreementNotValid invalid) ->
                    new ReconfirmationStart.AgreementNotValid();
            case Reply.Answered<ReconfirmationAnswer>(ReconfirmationAnswer.ServiceUnavailable down) ->
                    new ReconfirmationStart.ProviderUnavailable(provider + " answered: service unavailable");
            case Reply.NoAnswer<ReconfirmationAnswer>(String detail) ->
                    new ReconfirmationStart.ProviderUnavailable(detail);
        };
    }

    /**
     * A provider that fails inside, like one answering HTTP 500, may have created the payment before it failed,
     * so that is {@link PaymentStart.NoAnswer} too: only "service unavailable" means nothing was created.
     */
    @Override
    public PaymentStart startPayment(PaymentRequest request) {
        WalletProvider provider = request.provider();
        return switch (ask(provider, () -> providers.createPayment(provider, request.agreementToken(),
                request.payment(), request.orderNumber(), request.amount().fen(), request.returnUrl()))) {
            case Reply.Answered<PaymentAnswer>(PaymentAnswer.PayPage page) ->
                    new PaymentStart.RedirectCustomer(page.url());
            case Reply.Answered<PaymentAnswer>(PaymentAnswer.AgreementNotValid invalid) ->
                    new PaymentStart.AgreementNotValid();
            case Reply.Answered<PaymentAnswer>(PaymentAnswer.ServiceUnavailable down) ->
                    new PaymentStart.ProviderUnavailable(provider + " answered: service unavailable");
            case Reply.NoAnswer<PaymentAnswer>(String detail) -> new PaymentStart.NoAnswer(detail);
        };
    }

    @Override
    public PaymentLookup lookUpPayment(WalletProvider provider, PaymentId payment) {
        return lookupOf(provider, ask(provider, () -> providers.queryPayment(provider, payment)));
    }

    @Override
    public PaymentLookup closePayment(WalletProvider provider, PaymentId payment) {
        return lookupOf(provider, ask(provider, () -> providers.closePayment(provider, payment)));
    }

    /**
     * A payment that ended without a charge is {@link PaymentLookup.NotPaid} with the provider's reason when it
     * failed (balance, wrong or locked password); one the customer cancelled in the wallet app, or the store
     * closed, has no reason of its own and is {@link PaymentLookup.Closed}.
     */
    private static PaymentLookup lookupOf(WalletProvider provider, Reply<PaymentStatusAnswer> reply) {
        return switch (reply) {
            case Reply.Answered<PaymentStatusAnswer>(PaymentStatusAnswer.Found found) -> switch (found.state()) {
                case OPEN -> new PaymentLookup.Open();
                case PAID -> new PaymentLookup.Paid(found.transaction(), Money.ofFen(found.amountFen()));
                case FAILED -> new PaymentLookup.NotPaid(found.failureReason());
                case CANCELLED, CLOSED -> new PaymentLookup.Closed();
            };
            case Reply.Answered<PaymentStatusAnswer>(PaymentStatusAnswer.NoSuchPayment none) ->
                    new PaymentLookup.NotFound();
            case Reply.Answered<PaymentStatusAnswer>(PaymentStatusAnswer.ServiceUnavailable down) ->
                    new PaymentLookup.ProviderUnavailable(provider + " answered: service unavailable");
            case Reply.NoAnswer<PaymentStatusAnswer>(String detail) -> new PaymentLookup.ProviderUnavailable(detail);
        };
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        WalletProvider provider = request.provider();
        return switch (ask(provider, () -> providers.refund(provider, request.payment(), request.refundNumber(),
                request.amount().fen()))) {
            case Reply.Answered<RefundAnswer>(RefundAnswer.Refunded(String providerRefund)) ->
                    new RefundResult.Refunded(providerRefund);
            case Reply.Answered<RefundAnswer>(RefundAnswer.Processing(String providerRefund)) ->
                    new RefundResult.Processing(providerRefund);
            case Reply.Answered<RefundAnswer>(RefundAnswer.Refused(String why)) -> new RefundResult.Refused(why);
            case Reply.Answered<RefundAnswer>(RefundAnswer.ServiceUnavailable down) ->
                    new RefundResult.ProviderUnavailable(provider + " answered: service unavailable");
            case Reply.NoAnswer<RefundAnswer>(String detail) -> new RefundResult.ProviderUnavailable(detail);
        };
    }

    @Override
    public CancellationResult cancelAgreement(WalletProvider provider, String agreementToken) {
        return switch (ask(provider, () -> providers.cancelAgreement(provider, agreementToken))) {
            case Reply.Answered<CancellationAnswer>(CancellationAnswer.Cancelled cancelled) ->
                    new CancellationResult.Cancelled();
            case Reply.Answered<CancellationAnswer>(CancellationAnswer.NotActive notActive) ->
                    new CancellationResult.AlreadyEnded();
            case Reply.Answered<CancellationAnswer>(CancellationAnswer.ServiceUnavailable down) ->
                    new CancellationResult.ProviderUnavailable(provider + " answered: service unavailable");
            case Reply.NoAnswer<CancellationAnswer>(String detail) -> new CancellationResult.ProviderUnavailable(detail);
        };
    }

    @Override
    public ProviderMessage read(WalletProvider provider, Map<String, String> parameters) {
        return reader.read(provider, parameters);
    }

    /**
     * Waits for the provider's answer no longer than the timeout. Whatever goes wrong inside a provider reaches
     * its caller as no answer, as it would over HTTP, never as an exception in the store.
     */
    private <A> Reply<A> ask(WalletProvider provider, Supplier<CompletableFuture<A>> request) {
        CompletableFuture<A> answer;
        try {
            answer = request.get();
        } catch (RuntimeException providerFailure) {
            answer = CompletableFuture.failedFuture(providerFailure);
        }
        try {
            return new Reply.Answered<>(answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException noAnswer) {
            answer.cancel(false);
            return new Reply.NoAnswer<>(provider + " did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException failed) {
            return new Reply.NoAnswer<>(provider + " failed: " + failed.getCause().getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Reply.NoAnswer<>("interrupted while waiting for " + provider);
        }
    }
}
