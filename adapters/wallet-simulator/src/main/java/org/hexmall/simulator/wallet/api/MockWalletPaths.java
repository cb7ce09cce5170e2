package org.hexmall.simulator.wallet.api;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/** Where the simulated wallet apps' pages are, on the same server as the store: where merchants send customers. */
public final class MockWalletPaths {

    /** The demo control page: accounts, apps and fault injection. */
    public static final String CONTROL = "/mock-wallet";

    private MockWalletPaths() {
    }

    /** The page where the customer approves or rejects one authorization request. */
    public static URI authorizationPage(WalletProvider provider, String requestId) {
        return URI.create(CONTROL + "/" + ProviderSlugs.slugOf(provider) + "/authorize/" + requestId);
    }

    /**
     * The page where the customer pays one payment: {@code /mock-wallet/{provider}/pay/{paymentPageId}}, the
     * last segment being the provider's own id of the payment (the payment's {@code id}).
     */
    public static URI payPage(WalletProvider provider, String paymentPageId) {
        return URI.create(CONTROL + "/" + ProviderSlugs.slugOf(provider) + "/pay/" + paymentPageId);
    }

    /** The wallet app's "Authorizations" page of one account. */
    public static String appPage(WalletProvider provider, WalletAccountIdentifier account) {
        return CONTROL + "/" + ProviderSlugs.slugOf(provider) + "/app?account="
                + URLEncoder.encode(account.value(), StandardCharsets.UTF_8);
    }
}
