package org.hexmall.adapter.in.web.api;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Absolute addresses of storefront pages, for answers that send the customer to a page: the wallet app
 * brings the customer back to the shop's payment return page, and "bind a wallet first" links to the
 * page where one is bound. They are built from the request's own scheme and {@code Host}, so the customer
 * comes back to the host the client called. The paths are the storefront's; this adapter only links to them.
 */
final class ShopLinks {

    static final String PAYMENT_RETURN = "/payments/return";
    static final String BIND_WALLET = "/account/security/payment-methods/add";

    /** A host name or address, with an optional port: nothing a client could use to bend the URL. */
    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+])(:\\d{1,5})?");

    private ShopLinks() {
    }

    /** {@code {scheme://host}/payments/return?provider=ALIPAY}; without a provider when none is known. */
    static URI paymentReturn(Context ctx, Optional<WalletProvider> provider) {
        return URI.create(origin(ctx) + PAYMENT_RETURN + provider.map(p -> "?provider=" + p.name()).orElse(""));
    }

    static URI bindWallet(Context ctx) {
        return URI.create(origin(ctx) + BIND_WALLET);
    }

    private static String origin(Context ctx) {
        String host = ctx.host();
        if (host == null || !HOST.matcher(host).matches()) {
            throw new ApiProblem(Problem.of(400, "invalid-host", "Host header not usable",
                    "The Host header must name the host and port the shop is reached at."));
        }
        String scheme = "https".equalsIgnoreCase(ctx.scheme()) ? "https" : "http";
        return scheme + "://" + host;
    }
}
