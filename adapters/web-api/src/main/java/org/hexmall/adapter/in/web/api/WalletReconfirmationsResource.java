package org.hexmall.adapter.in.web.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.CompleteWalletReconfirmation;
import org.hexmall.application.port.in.wallet.ReconfirmationResult;
import org.hexmall.application.port.in.wallet.ReconfirmationReturn;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.domain.wallet.WalletReconfirmation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/wallet-reconfirmations/{provider}/return}: where the wallet app sends an app's customer back
 * after re-confirming (or not) a wallet on a device trusted only recently. The pay request that was answered
 * {@code 403 wallet-reconfirmation-required} asked the wallet app already, and named its approval page; the app
 * opens that page, watches for this address, and sends it here itself with its token, the wallet app's signed answer
 * in the query. The answer is taken by the same use case as the shop's own return page. Re-confirmed, paying the
 * order again through the API goes ahead.
 */
final class WalletReconfirmationsResource {

    static final String RETURN = ApiRoutes.V1 + "/wallet-reconfirmations/{provider}/return";

    private static final Logger LOG = LoggerFactory.getLogger(WalletReconfirmationsResource.class);

    private final CompleteWalletReconfirmation complete;
    private final CustomerAuthentication authentication;

    WalletReconfirmationsResource(CompleteWalletReconfirmation complete, CustomerAuthentication authentication) {
        this.complete = complete;
        this.authentication = authentication;
    }

    /**
     * {@code {scheme://host}/api/v1/wallet-reconfirmations/{provider}/return}: where the wallet app sends an API
     * client's customer back, built from the request's own origin as the shop's links are.
     */
    static ReconfirmationReturn returnAddress(Context ctx) {
        return new ReconfirmationReturn(ShopLinks.origin(ctx)
                + RETURN.replace("{provider}", ReconfirmationReturn.PLACEHOLDER));
    }

    void register(ApiRouter router) {
        router.get(RETURN, this::returned);
    }

    private void returned(Context ctx) {
        CustomerId customer = authentication.customer(ctx);
        Optional<WalletProvider> provider = WalletProvider.fromName(ctx.pathParam("provider"));
        ReconfirmationResult result = provider.isEmpty()
                ? new ReconfirmationResult.Untrusted("not a provider")
                : complete.complete(customer, provider.get(), singleValues(ctx.queryParamMap()), ctx.ip());
        switch (result) {
            case ReconfirmationResult.Reconfirmed(BindingId wallet, var purpose, Optional<OrderId> order, var next,
                                                  var points) ->
                    ApiResponses.json(ctx, 200, AnswerJson.of("CONFIRMED", wallet, purpose, order));
            case ReconfirmationResult.Rejected(BindingId wallet, var purpose, Optional<OrderId> order) ->
                    ApiResponses.json(ctx, 200, AnswerJson.of("REJECTED", wallet, purpose, order));
            case ReconfirmationResult.Untrusted untrusted -> {
                LOG.warn("Refused a wallet re-confirmation that came back through the API: {}", untrusted.why());
                throw new ApiProblem(Problem.of(400, "wallet-answer-untrusted", "Not the wallet app's answer",
                        "Send the query the wallet app brought the customer back with, unchanged and only once. "
                                + "Nothing was changed; pay again to be asked to re-confirm again."));
            }
        }
    }

    /** Each parameter sent once: the wallet app signs one value a name, so a repeated one is not its answer. */
    private static Map<String, String> singleValues(Map<String, List<String>> query) {
        Map<String, String> single = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (values.size() == 1) {
                single.put(name, values.getFirst());
            }
        });
        return single;
    }

    /**
     * What became of the re-confirmation.
     *
     * @param status  {@code CONFIRMED}: the wallet is not asked about again on this device; {@code REJECTED}: the
     *                customer said no in the wallet app, and nothing was paid or changed
     * @param orderId the order whose payment waited; null for another purpose
     * @param links   {@code pay}: where to pay the order again, when a payment waited
     */
    record AnswerJson(String status, String walletId, String purpose, String orderId, Map<String, String> links) {

        static AnswerJson of(String status, BindingId wallet, WalletReconfirmation.Purpose purpose,
                             Optional<OrderId> order) {
            return new AnswerJson(status, wallet.toString(), purpose.name(), order.map(Object::toString).orElse(null),
                    order.map(id -> Map.of("pay", OrdersResource.ORDER.replace("{id}", id.toString())
                            + "/payments")).orElse(Map.of()));
        }
    }
}
