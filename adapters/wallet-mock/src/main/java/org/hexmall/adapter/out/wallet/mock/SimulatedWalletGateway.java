package org.hexmall.adapter.out.wallet.mock;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hexmall.application.port.out.wallet.AuthorizationRequest;
import org.hexmall.application.port.out.wallet.AuthorizationStart;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The store's side of the SIMULATED wallet providers. Where an adapter for the real providers would call each
 * one's HTTPS API, this one asks the {@link WalletSimulator} in the same JVM; everything else is what a real
 * integration does: wait no longer than its timeout, translate the provider's answer into the out-port's
 * terms, and trust no message whose signature does not check out.
 */
public final class SimulatedWalletGateway implements WalletProviderGateway {

    private final WalletSimulator simulator;
    private final SignedMessageReader reader;
    private final Duration timeout;

    /** @param timeout how long to wait for a provider's answer before calling it unavailable */
    public SimulatedWalletGateway(WalletSimulator simulator, ProviderSecrets secrets, Duration timeout) {
        this.simulator = simulator;
        this.reader = new SignedMessageReader(secrets);
        this.timeout = timeout;
    }

    @Override
    public AuthorizationStart startAuthorization(AuthorizationRequest request) {
        CompletableFuture<ProviderAnswer> answer = ask(request);
        try {
            return switch (answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                case ProviderAnswer.AuthorizationPage page -> new AuthorizationStart.RedirectCustomer(page.url());
                case ProviderAnswer.NoSuchAccount none -> new AuthorizationStart.AccountNotFound();
                case ProviderAnswer.ServiceUnavailable down ->
                        new AuthorizationStart.ProviderUnavailable(request.provider() + " answered: service unavailable");
            };
        } catch (TimeoutException noAnswer) {
            answer.cancel(false);
            return new AuthorizationStart.ProviderUnavailable(
                    request.provider() + " did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException failed) {
            return new AuthorizationStart.ProviderUnavailable(request.provider() + " failed: "
                    + failed.getCause().getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new AuthorizationStart.ProviderUnavailable("interrupted while waiting for " + request.provider());
        }
    }

    /** Whatever goes wrong inside a provider reaches its caller as an error answer, as it would over HTTP. */
    private CompletableFuture<ProviderAnswer> ask(AuthorizationRequest request) {
        try {
            return simulator.requestAuthorization(request.provider(), request.account(), request.state(),
                    request.returnUrl());
        } catch (RuntimeException providerFailure) {
            return CompletableFuture.failedFuture(providerFailure);
        }
    }

    @Override
    public ProviderMessage read(WalletProvider provider, Map<String, String> parameters) {
        return reader.read(provider, parameters);
    }
}
