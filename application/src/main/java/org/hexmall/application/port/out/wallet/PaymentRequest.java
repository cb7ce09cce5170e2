package org.hexmall.application.port.out.wallet;

import java.net.URI;
import java.util.Objects;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A request to charge a bound wallet. The provider creates at most one payment per {@code payment} id, so
 * asking twice is safe.
 *
 * @param agreementToken the binding's agreement with the provider
 * @param orderNumber    shown to the customer in the wallet app and sent back in every result
 * @param returnUrl      where the provider sends the customer's browser with the signed result
 */
public record PaymentRequest(WalletProvider provider, String agreementToken, PaymentId payment, String orderNumber,
                             Money amount, URI returnUrl) {

    public PaymentRequest {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(agreementToken, "agreementToken");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(returnUrl, "returnUrl");
    }
}
