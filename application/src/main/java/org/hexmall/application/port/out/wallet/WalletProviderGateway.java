package org.hexmall.application.port.out.wallet;

import java.util.Map;
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
     * Reads a signed message from the provider, whether it came back through the customer's browser or
     * was sent to the store's notification endpoint, and verifies its signature.
     */
    ProviderMessage read(WalletProvider provider, Map<String, String> parameters);
}
