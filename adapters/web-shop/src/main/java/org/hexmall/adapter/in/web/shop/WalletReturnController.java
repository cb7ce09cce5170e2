package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion;
import org.hexmall.application.port.in.wallet.CompleteWalletAuthorization;
import org.hexmall.application.port.in.payment.ViewOrderPayments;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.wallet.WalletProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the wallet app sends the customer back, with its signed answer in the query string. */
public final class WalletReturnController {

    private static final Logger LOG = LoggerFactory.getLogger(WalletReturnController.class);
    private static final String RETURN = PaymentMethodsController.PAGE + "/authorized";

    private final CompleteWalletAuthorization completeWalletAuthorization;
    private final ViewOrderPayments viewOrderPayments;
    private final PageRenderer pages;

    /** @param viewOrderPayments tells whether the order a binding was started for is the customer's */
    public WalletReturnController(CompleteWalletAuthorization completeWalletAuthorization,
                                  ViewOrderPayments viewOrderPayments, PageRenderer pages) {
        this.completeWalletAuthorization = completeWalletAuthorization;
        this.viewOrderPayments = viewOrderPayments;
        this.pages = pages;
    }

    /**
     * The path the provider is given to send the customer back to; the provider appends its answer. A binding started
     * from an order's payment page names the order in the path, since every parameter of the query is the provider's.
     */
    static String returnPath(Optional<OrderId> orderBeingPaid) {
        return RETURN + orderBeingPaid.map(order -> "/orders/" + order).orElse("");
    }

    public void register(RoutesConfig routes) {
        routes.get(RETURN, this::comeBack);
        routes.get(RETURN + "/orders/{order}", this::comeBack);
    }

    private void comeBack(Context ctx) {
        Optional<OrderId> orderBeingPaid = ctx.pathParamMap().containsKey("order")
                ? OrderId.parse(ctx.pathParam("order")) : Optional.empty();
        Optional<WalletProvider> provider = WalletProvider.fromName(ctx.queryParam("provider"));
        if (provider.isEmpty()) {
            pages.render(ctx, 400, "shop/wallet-untrusted", Map.of());
            return;
        }
        AuthorizationCompletion completion = completeWalletAuthorization.complete(
                CustomerAccess.customerOf(ctx), provider.get(), singleValues(ctx.queryParamMap()), ctx.ip());
        switch (completion) {
            case AuthorizationCompletion.Bound bound -> ctx.redirect(PaymentMethodsController.PAGE + "/bindings/"
                    + bound.wallet().id() + "/bound"
                    + bound.replaced().map(old -> "?replaced=" + old.provider().name()).orElse("")
                    + OrderBeingPaid.query(orderBeingPaid, bound.replaced().isPresent() ? '&' : '?'),
                    HttpStatus.SEE_OTHER);
            // Declined while paying an order: the page leads back to paying it, or to binding again for it.
            case AuthorizationCompletion.RejectedInWallet rejected -> {
                Optional<OrderId> order = OrderBeingPaid.ofCustomer(orderBeingPaid, ctx, viewOrderPayments);
                pages.render(ctx, 200, "shop/wallet-rejected", Map.of("provider", provider.get(),
                        "payOrder", order.map(OrderBeingPaid::paymentPage).orElse(""),
                        "orderQuery", OrderBeingPaid.query(order, '?')));
            }
            case AuthorizationCompletion.NotAllowed notAllowed -> pages.render(ctx, 403, "shop/wallet-not-allowed",
                    Map.of("reasonKey", "bind.not-allowed." + notAllowed.reasonCode()));
            case AuthorizationCompletion.Expired expired ->
                    pages.render(ctx, 410, "shop/wallet-expired", Map.of("provider", provider.get()));
            case AuthorizationCompletion.Untrusted untrusted -> {
                LOG.warn("Refused an answer from {} that came back through the browser: {}", provider.get(),
                        untrusted.why());
                pages.render(ctx, 400, "shop/wallet-untrusted", Map.of());
            }
        }
    }

    static Map<String, String> singleValues(Map<String, List<String>> parameters) {
        Map<String, String> single = new HashMap<>();
        parameters.forEach((name, values) -> {
            if (values.size() == 1) {
                single.put(name, values.getFirst());
            }
        });
        return single;
    }
}
