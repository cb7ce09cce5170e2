package org.hexmall.simulator.wallet.api;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The simulated providers' server-to-server API, as a merchant calls it: what a real provider offers over HTTPS.
 * Each answer arrives as it would over the network, at once, late or never, so the caller waits with a timeout of
 * its own. What comes back through the customer's browser or as a notification is signed with the
 * {@link ProviderSecrets}; the merchant checks those signatures itself.
 */
public interface WalletProviderApi {

    /** A merchant asks to bind an account; the answer names the page where its holder approves or rejects. */
    CompletableFuture<AuthorizationAnswer> requestAuthorization(WalletProvider provider,
                                                                WalletAccountIdentifier account,
                                                                String merchantState, URI returnUrl);

    /**
     * A merchant asks that the holder re-confirm the binding under an active agreement, with the payment password,
     * as stores do before using a wallet from a phone the customer has only just started to use; the answer names
     * the page where the holder re-confirms or refuses.
     */
    CompletableFuture<ReconfirmationAnswer> requestReconfirmation(WalletProvider provider, String agreementToken,
                                                                  String merchantState, URI returnUrl);

    /**
     * A merchant asks for a payment under a binding's agreement; the customer pays it on the page the answer
     * names. One payment per {@code merchantPayment}: asking again answers the same page and creates nothing, even
     * if the amount or order number differ (the first request stands).
     */
    CompletableFuture<PaymentAnswer> createPayment(WalletProvider provider, String agreementToken,
                                                   PaymentId merchantPayment, String orderNumber, long amountFen,
                                                   URI returnUrl);

    /** A merchant asks what became of a payment. */
    CompletableFuture<PaymentStatusAnswer> queryPayment(WalletProvider provider, PaymentId merchantPayment);

    /**
     * A merchant closes a payment so that it can never be paid, and learns what it is now: closed, or paid if the
     * customer was quicker. A payment that has ended stays as it ended.
     */
    CompletableFuture<PaymentStatusAnswer> closePayment(WalletProvider provider, PaymentId merchantPayment);

    /**
     * A merchant gives back part or all of a paid payment. Each refund number refunds once: asking again answers
     * the first refund and moves no more money, and a number used for another payment or amount is refused.
     */
    CompletableFuture<RefundAnswer> refund(WalletProvider provider, PaymentId merchantPayment, String refundNumber,
                                           long amountFen);

    /**
     * A merchant cancels an agreement its customer granted, as when the customer unbinds the wallet in the merchant's
     * store: the merchant may no longer charge the account, and the wallet app no longer lists it. Asking again
     * changes nothing and answers that the agreement is not active.
     */
    CompletableFuture<CancellationAnswer> cancelAgreement(WalletProvider provider, String agreementToken);
}
