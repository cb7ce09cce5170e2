package org.hexmall.adapter.in.web.api;

import io.javalin.http.Context;
import java.net.URI;
import org.hexmall.adapter.in.web.common.RequestOrigin;
import org.hexmall.application.port.in.payment.ReturnAddress;
import org.hexmall.application.port.in.wallet.ReconfirmationReturn;

/**
 * Absolute addresses of storefront pages, for answers that send the customer to a page: the wallet app
 * brings the customer back to the shop's payment return page, and "bind a wallet first" links to the
 * page where one is bound. They are built from the request's own origin ({@link RequestOrigin}), so the customer
 * comes back to the host the client called. The paths are the storefront's; this adapter only links to them.
 */
final class ShopLinks {

    static final String PAYMENT_RETURN = "/payments/" + ReturnAddress.PLACEHOLDER + "/return";
    static final String BIND_WALLET = "/account/security/payment-methods/add";

    private ShopLinks() {
    }

    /** {@code {scheme://host}/payments/{payment}/return}: the return address names the payment. */
    static ReturnAddress paymentReturn(Context ctx) {
        return new ReturnAddress(origin(ctx) + PAYMENT_RETURN);
    }

    /**
     * {@code {scheme://host}/payments/wallet-reconfirmations/{provider}/return}: where the wallet app sends a shop
     * session's browser back after re-confirming a wallet on a new device.
     */
    static ReconfirmationReturn reconfirmationReturn(Context ctx) {
        return new ReconfirmationReturn(origin(ctx) + "/payments/wallet-reconfirmations/"
                + ReconfirmationReturn.PLACEHOLDER + "/return");
    }

    static URI bindWallet(Context ctx) {
        return URI.create(origin(ctx) + BIND_WALLET);
    }

    static String origin(Context ctx) {
        return RequestOrigin.of(ctx).orElseThrow(() -> new ApiProblem(Problem.of(400, "invalid-host",
                "Host header not usable", "The Host header must name the host and port the shop is reached at.")));
    }
}
