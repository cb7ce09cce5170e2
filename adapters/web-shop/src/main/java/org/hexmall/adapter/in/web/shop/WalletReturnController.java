package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion;
import org.hexmall.application.port.in.wallet.CompleteWalletAuthorization;
import org.hexmall.application.port.in.payment.ViewOrderPayments;
import org.hexmall.application.port.in.wallet.ViewBindingOutcome;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the wallet app sends the customer back, with its signed answer in the query string. Every answer the store
 * accepts leads on, off the signed address, to a plain page of the binding that shows what the store recorded of it
 * (bound, declined, not allowed, too late): a reload or a change of language shows the same answer, where the signed
 * address, whose answer is used once, would be refused as a replay.
 */
public final class WalletReturnController {

    private static final Logger LOG = LoggerFactory.getLogger(WalletReturnController.class);
    private static final String RETURN = PaymentMethodsController.PAGE + "/authorized";
    private static final String NOT_BOUND = PaymentMethodsController.PAGE + "/bindings/{binding}/not-bound";
    /** The codes of the reasons a binding is not allowed, which the not-bound page's address may name. */
    private static final Pattern REASON_CODE = Pattern.compile("[a-z][a-z.-]{0,40}");

    private final CompleteWalletAuthorization completeWalletAuthorization;
    private final ViewBindingOutcome viewBindingOutcome;
    private final ViewOrderPayments viewOrderPayments;
    private final PageRenderer pages;

    /**
     * @param viewBindingOutcome reads what became of a binding, for the page an answer leads to
     * @param viewOrderPayments  tells whether the order a binding was started for is the customer's
     */
    public WalletReturnController(CompleteWalletAuthorization completeWalletAuthorization,
                                  ViewBindingOutcome viewBindingOutcome, ViewOrderPayments viewOrderPayments,
                                  PageRenderer pages) {
        this.completeWalletAuthorization = completeWalletAuthorization;
        this.viewBindingOutcome = viewBindingOutcome;
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
        routes.get(NOT_BOUND, this::notBound);
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
            case AuthorizationCompletion.RejectedInWallet rejected -> ctx.redirect(notBoundPath(rejected.binding())
                    + OrderBeingPaid.query(orderBeingPaid, '?'), HttpStatus.SEE_OTHER);
            case AuthorizationCompletion.NotAllowed notAllowed -> ctx.redirect(notBoundPath(notAllowed.binding())
                    + "?reason=" + notAllowed.reasonCode(), HttpStatus.SEE_OTHER);
            case AuthorizationCompletion.Expired expired ->
                    ctx.redirect(notBoundPath(expired.binding()), HttpStatus.SEE_OTHER);
            case AuthorizationCompletion.Untrusted untrusted -> {
                LOG.warn("Refused an answer from {} that came back through the browser: {}", provider.get(),
                        untrusted.why());
                pages.render(ctx, 400, "shop/wallet-untrusted", Map.of());
            }
        }
    }

    private static String notBoundPath(BindingId binding) {
        return NOT_BOUND.replace("{binding}", binding.toString());
    }

    /**
     * The page of a binding that ended without a wallet bound, for what the store recorded of it. A binding still
     * under way, or one that bound its wallet, has nothing to say here: Payment methods shows it.
     */
    private void notBound(Context ctx) {
        Optional<ViewBindingOutcome.Outcome> outcome = BindingId.parse(ctx.pathParam("binding"))
                .flatMap(binding -> viewBindingOutcome.view(CustomerAccess.customerOf(ctx), binding));
        Optional<BindingFailureReason> failure = outcome.flatMap(ViewBindingOutcome.Outcome::failure);
        if (outcome.isEmpty()) {
            pages.render(ctx, 404, "error/404", Map.of());
        } else if (outcome.get().status() == BindingStatus.EXPIRED) {
            pages.render(ctx, 410, "shop/wallet-expired", Map.of("provider", outcome.get().provider()));
        } else if (failure.equals(Optional.of(BindingFailureReason.REJECTED_IN_WALLET))) {
            // Declined while paying an order: the page leads back to paying it, or to binding again for it.
            Optional<OrderId> order = OrderBeingPaid.ofCustomer(OrderBeingPaid.of(ctx), ctx, viewOrderPayments);
            pages.render(ctx, 200, "shop/wallet-rejected", Map.of("provider", outcome.get().provider(),
                    "payOrder", order.map(OrderBeingPaid::paymentPage).orElse(""),
                    "orderQuery", OrderBeingPaid.query(order, '?')));
        } else if (failure.equals(Optional.of(BindingFailureReason.ACCOUNT_SECURITY))) {
            pages.render(ctx, 403, "shop/wallet-not-allowed", Map.of("reasonKey", notAllowedKey(ctx)));
        } else {
            ctx.redirect(PaymentMethodsController.PAGE, HttpStatus.SEE_OTHER);
        }
    }

    /**
     * The message of the security setting that stopped the binding, as its address names it; the store keeps only
     * that one did, so a code it has no message for reads as the general one.
     */
    private String notAllowedKey(Context ctx) {
        return Optional.ofNullable(ctx.queryParam("reason"))
                .filter(reason -> REASON_CODE.matcher(reason).matches())
                .map(reason -> "bind.not-allowed." + reason)
                .filter(key -> pages.messages().find(pages.locale(ctx), key).isPresent())
                .orElse("bind.not-allowed.account-security");
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
