package org.hexmall.application.port.out.wallet;

import java.util.Map;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The conversation with the wallet providers (WeChat Pay, Alipay, JD Pay, UnionPay QuickPass), in the
 * terms the store needs, whatever each provider's own protocol looks like.
 */
public interface WalletProviderGateway {

    /**
     * Asks the provider to let the customer confirm the binding in its app. Never throws for the
     * provider's own trouble: an unreachable provider is an answer, {@link AuthorizationStart.ProviderUnavailable}.
     */
    AuthorizationStart startAuthorization(AuthorizationRequest request);

    /**
     * Asks the provider to let the customer re-confirm a binding in its app, with the payment password, before the
     * store uses the binding from a new device. The answer comes back as {@link ProviderMessage.ReconfirmationApproved}
     * or {@link ProviderMessage.ReconfirmationRejected}. Never throws for the provider's own trouble.
     */
    ReconfirmationStart startReconfirmation(ReconfirmationRequest request);

    /**
     * Reads a signed message from the provider, whether it came back through the customer's browser or
     * was sent to the store's notification endpoint, and verifies its signature.
     */
    ProviderMessage read(WalletProvider provider, Map<String, String> parameters);

    /**
     * Asks the provider to charge the bound wallet once the customer confirms in the wallet app. Never
     * throws for the provider's trouble, and tells an answer that created nothing
     * ({@link PaymentStart.ProviderUnavailable}) from no answer at all ({@link PaymentStart.NoAnswer}).
     */
    PaymentStart startPayment(PaymentRequest request);

    /** Asks the provider what became of a payment. */
    PaymentLookup lookUpPayment(WalletProvider provider, PaymentId payment);

    /**
     * Closes a payment the customer has not confirmed, so that it can never be charged, and answers what
     * the payment is now: {@link PaymentLookup.Paid} if the customer confirmed it first.
     */
    PaymentLookup closePayment(WalletProvider provider, PaymentId payment);

    /** Gives money back from a successful payment, in full or in part. */
    RefundResult refund(RefundRequest request);

    /**
     * Asks the provider to cancel a binding's agreement, so that the store may no longer charge the account and the
     * wallet app no longer lists the store as authorized. Safe to ask again: once the agreement is over, asking
     * changes nothing and answers {@link CancellationResult.AlreadyEnded}. Never throws for the provider's trouble.
     */
    CancellationResult cancelAgreement(WalletProvider provider, String agreementToken);
}
