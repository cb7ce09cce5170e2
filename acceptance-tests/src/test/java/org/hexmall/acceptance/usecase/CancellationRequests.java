package org.hexmall.acceptance.usecase;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The store's gateway to the providers, passed through unchanged, counting the requests to cancel each agreement
 * that go through it: what a test needs to show how often the store asked.
 */
final class CancellationRequests implements WalletProviderGateway {

    private final WalletProviderGateway gateway;
    private final Map<String, AtomicInteger> byAgreement = new ConcurrentHashMap<>();

    CancellationRequests(WalletProviderGateway gateway) {
        this.gateway = gateway;
    }

    /** How many times the store asked to cancel this agreement. */
    int of(String agreementToken) {
        AtomicInteger count = byAgreement.get(agreementToken);
        return count == null ? 0 : count.get();
    }

    @Override
    public CancellationResult cancelAgreement(WalletProvider provider, String agreementToken) {
        byAgreement.computeIfAbsent(agreementToken, first -> new AtomicInteger()).incrementAndGet();
        return gateway.cancelAgreement(provider, agreementToken);
    }

    @Override
    public AuthorizationStart startAuthorization(AuthorizationRequest request) {
        return gateway.startAuthorization(request);
    }

    @Override
    public ReconfirmationStart startReconfirmation(ReconfirmationRequest request) {
        return gateway.startReconfirmation(request);
    }

    @Override
    public ProviderMessage read(WalletProvider provider, Map<String, String> parameters) {
        return gateway.read(provider, parameters);
    }

    @Override
    public PaymentStart startPayment(PaymentRequest request) {
        return gateway.startPayment(request);
    }

    @Override
    public PaymentLookup lookUpPayment(WalletProvider provider, PaymentId payment) {
        return gateway.lookUpPayment(provider, payment);
    }

    @Override
    public PaymentLookup closePayment(WalletProvider provider, PaymentId payment) {
        return gateway.closePayment(provider, payment);
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        return gateway.refund(request);
    }
}
