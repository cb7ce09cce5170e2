package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.SafeRedirects;
import org.hexmall.application.port.in.payment.CompletePayment;
import org.hexmall.application.port.in.payment.PayCommand;
import org.hexmall.application.port.in.payment.PayForOrder;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentOptions;
import org.hexmall.application.port.in.payment.PaymentReturn;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.payment.ViewPayment;
import org.hexmall.application.port.in.payment.ViewPaymentOptions;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paying an order (支付): the payment page with the bound wallets, off to the wallet app to confirm with the
 * payment password, and back to the success page, to a failure page that says why and what to do next, or
 * to a page that waits while the store finds out what became of the payment. Another customer's order or
 * payment is "not found".
 */
public final class PaymentController {

    static final String RETURN = "/payments/return";
    private static final String PAY = "/orders/{id}/pay";
    private static final String PAYMENT = "/payments/{id}";
    private static final Logger LOG = LoggerFactory.getLogger(PaymentController.class);
    /** What a Host header may name: a host name or address, with a port; anything else gets no absolute address. */
    private static final Pattern HOST =
            Pattern.compile("(?:[A-Za-z0-9][A-Za-z0-9.-]{0,252}|\\[[0-9A-Fa-f:.]{2,45}])(?::\\d{1,5})?");

    private final ViewPaymentOptions viewPaymentOptions;
    private final PayForOrder payForOrder;
    private final CompletePayment completePayment;
    private final ViewPayment viewPayment;
    private final PageRenderer pages;

    public PaymentController(ViewPaymentOptions viewPaymentOptions, PayForOrder payForOrder,
                             CompletePayment completePayment, ViewPayment viewPayment, PageRenderer pages) {
        this.viewPaymentOptions = viewPaymentOptions;
        this.payForOrder = payForOrder;
        this.completePayment = completePayment;
        this.viewPayment = viewPayment;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get(PAY, this::paymentPage);
        routes.post(PAY, this::pay);
        // Before /payments/{id}, so that "return" is never read as a payment id.
        routes.get(RETURN, this::comeBack);
        routes.get(PAYMENT, this::confirming);
        routes.get(PAYMENT + "/success", this::success);
        routes.get(PAYMENT + "/failed", this::failed);
    }

    /** The payment page; a paid or closed order has nothing to pay, so its own page says why. */
    private void paymentPage(Context ctx) {
        Optional<PaymentOptions> options = options(ctx);
        if (options.isEmpty()) {
            ctx.status(404);
            return;
        }
        if (!options.get().order().isPayable()) {
            goToOrder(ctx, options.get().order().id(), options.get().order().status(), HttpStatus.FOUND);
            return;
        }
        showPaymentPage(ctx, 200, options.get(), Optional.empty(), Map.of(), null);
    }

    private void pay(Context ctx) {
        Optional<PaymentOptions> found = options(ctx);
        if (found.isEmpty()) {
            ctx.status(404);
            return;
        }
        PaymentOptions options = found.get();
        Order order = options.order();
        if (!order.isPayable()) {
            goToOrder(ctx, order.id(), order.status(), HttpStatus.SEE_OTHER);
            return;
        }
        if (options.wallets().isEmpty()) {
            // The page says there is no bound wallet, and how to bind one.
            showPaymentPage(ctx, 409, options, Optional.empty(), Map.of(), null);
            return;
        }
        String walletField = ctx.formParam("wallet");
        if (walletField == null || walletField.isBlank()) {
            showPaymentPage(ctx, 422, options, Optional.empty(),
                    Map.of("wallet", pages.message(ctx, "pay.wallet.required")), null);
            return;
        }
        Optional<BindingId> chosen = BindingId.parse(walletField.strip());
        if (chosen.isEmpty()) {
            showPaymentPage(ctx, 422, options, Optional.empty(),
                    Map.of("wallet", pages.message(ctx, "pay.wallet.invalid")), null);
            return;
        }
        Optional<BoundWallet> wallet = options.wallets().stream()
                .filter(bound -> bound.id().equals(chosen.get()))
                .findFirst();
        if (wallet.isEmpty()) {
            showPaymentPage(ctx, 409, options, Optional.empty(), Map.of(), pages.message(ctx, "pay.wallet.gone"));
            return;
        }
        Optional<String> key = oneTimeKey(ctx.formParam("key"));
        if (key.isEmpty()) {
            showPaymentPage(ctx, 422, options, chosen, Map.of(), pages.message(ctx, "pay.form-expired"));
            return;
        }
        CustomerId customer = CustomerAccess.customerOf(ctx);
        PayResult result = payForOrder.pay(new PayCommand(customer, order.id(), chosen, key,
                returnUrl(ctx.scheme(), ctx.host(), wallet.get().provider())));
        switch (result) {
            case PayResult.GoToWallet go -> ctx.redirect(go.walletPage().toString(), HttpStatus.SEE_OTHER);
            case PayResult.Confirming confirming -> ctx.redirect(paymentPath(confirming.payment()), HttpStatus.SEE_OTHER);
            case PayResult.Failed failed ->
                    ctx.redirect(paymentPath(failed.payment()) + "/failed", HttpStatus.SEE_OTHER);
            case PayResult.NoWalletBound none -> {
                // The wallets changed since the page was read: show them as they are now.
                PaymentOptions now = viewPaymentOptions.options(customer, order.id()).orElse(options);
                showPaymentPage(ctx, 409, now, Optional.empty(), Map.of(), pages.message(ctx, "pay.wallet.gone"));
            }
            case PayResult.AlreadyPaid paid -> goToOrder(ctx, order.id(), OrderStatus.PAID, HttpStatus.SEE_OTHER);
            case PayResult.NotPayable notPayable ->
                    goToOrder(ctx, order.id(), notPayable.status(), HttpStatus.SEE_OTHER);
            case PayResult.NoSuchOrder none -> ctx.status(404);
            case PayResult.KeyReused reused ->
                    showPaymentPage(ctx, 409, options, chosen, Map.of(), pages.message(ctx, "pay.key-reused"));
            // The same key again: once the first request is done, pressing Pay answers what it did.
            case PayResult.KeyInUse inUse -> showPaymentPage(ctx, 409, options, chosen, Map.of(),
                    pages.message(ctx, "pay.key-in-use"), key.get());
        }
    }

    /** The wallet app sends the customer back here with its signed result. */
    private void comeBack(Context ctx) {
        Optional<PaymentReturnQuery> query = PaymentReturnQuery.read(ctx.queryParamMap());
        if (query.isEmpty()) {
            LOG.warn("Refused a payment result that came back through the browser without a wallet hexmall knows");
            pages.render(ctx, 400, "shop/wallet-untrusted", Map.of("payment", true));
            return;
        }
        WalletProvider provider = query.get().provider();
        PaymentReturn answer = completePayment.complete(CustomerAccess.customerOf(ctx), provider,
                query.get().parameters());
        switch (answer) {
            case PaymentReturn.Paid paid -> ctx.redirect(paymentPath(paid.payment().id()) + "/success");
            case PaymentReturn.NotPaid notPaid -> showFailure(ctx, notPaid.payment(), notPaid.attemptsLeft(),
                    notPaid.lockedUntil());
            case PaymentReturn.ChargedAndRefunded refunded ->
                    ctx.redirect("/orders/" + refunded.payment().orderId() + "?charged-and-refunded");
            case PaymentReturn.Cancelled cancelled -> ctx.redirect(payPath(cancelled.payment().orderId()) + "?cancelled");
            case PaymentReturn.Untrusted untrusted -> {
                LOG.warn("Refused a payment result from {} that came back through the browser: {}", provider,
                        untrusted.why());
                pages.render(ctx, 400, "shop/wallet-untrusted", Map.of("payment", true));
            }
        }
    }

    /** "We are confirming your payment": the page reloads itself until the payment has an outcome. */
    private void confirming(Context ctx) {
        Optional<PaymentView> payment = payment(ctx);
        if (payment.isEmpty()) {
            ctx.status(404);
            return;
        }
        PaymentView view = payment.get();
        switch (view.status()) {
            case SUCCEEDED -> ctx.redirect(paymentPath(view.id()) + "/success");
            case FAILED -> ctx.redirect(paymentPath(view.id()) + "/failed");
            case CANCELLED -> ctx.redirect(payPath(view.orderId()) + "?cancelled");
            case CREATED, AWAITING_CONFIRMATION, UNKNOWN -> {
                Map<String, Object> model = new HashMap<>();
                model.put("payment", view);
                model.put("walletLink", view.status() == PaymentStatus.AWAITING_CONFIRMATION
                        ? walletLink(view.confirmationUrl()).orElse(null) : null);
                pages.render(ctx, "shop/payment-confirming", model);
            }
        }
    }

    private void success(Context ctx) {
        Optional<PaymentView> payment = payment(ctx);
        if (payment.isEmpty()) {
            ctx.status(404);
            return;
        }
        if (payment.get().status() != PaymentStatus.SUCCEEDED) {
            ctx.redirect(paymentPath(payment.get().id()));
            return;
        }
        pages.render(ctx, "shop/payment-success", Map.of("payment", payment.get()));
    }

    private void failed(Context ctx) {
        Optional<PaymentView> payment = payment(ctx);
        if (payment.isEmpty()) {
            ctx.status(404);
            return;
        }
        if (payment.get().status() != PaymentStatus.FAILED) {
            ctx.redirect(paymentPath(payment.get().id()));
            return;
        }
        showFailure(ctx, payment.get(), OptionalInt.empty(), Optional.empty());
    }

    /**
     * The failure page for the payment's reason. Attempts left and the end of a lock are known only when the
     * wallet app has just said so.
     */
    private void showFailure(Context ctx, PaymentView payment, OptionalInt attemptsLeft,
                             Optional<Instant> lockedUntil) {
        Map<String, Object> model = new HashMap<>();
        model.put("payment", payment);
        // A failure without a reason is a decline the provider did not explain.
        model.put("reason", payment.failureReason().orElse(PaymentFailureReason.DECLINED));
        model.put("attemptsLeft", attemptsLeft.isPresent() ? attemptsLeft.getAsInt() : null);
        model.put("lockedUntil", lockedUntil.orElse(null));
        // The order may have closed while the payment was being settled: then there is nothing to try again.
        model.put("orderPayable", viewPaymentOptions.options(CustomerAccess.customerOf(ctx), payment.orderId())
                .map(options -> options.order().isPayable())
                .orElse(false));
        pages.render(ctx, "shop/payment-failed", model);
    }

    /**
     * The payment page.
     *
     * @param selected the wallet the customer chose, to keep it chosen; else the preferred one
     * @param errors   a message per input name (the wallet choice)
     * @param problem  what went wrong with the payment as a whole, or null
     */
    private void showPaymentPage(Context ctx, int status, PaymentOptions options, Optional<BindingId> selected,
                                 Map<String, String> errors, String problem) {
        // A fresh key for every page shown: sending one page's form twice pays once, and answers the same.
        showPaymentPage(ctx, status, options, selected, errors, problem, UUID.randomUUID().toString());
    }

    private void showPaymentPage(Context ctx, int status, PaymentOptions options, Optional<BindingId> selected,
                                 Map<String, String> errors, String problem, String oneTimeKey) {
        List<BoundWallet> wallets = options.wallets();
        Optional<BindingId> checked = selected.or(options::preselected)
                .or(() -> wallets.size() == 1 ? Optional.of(wallets.getFirst().id()) : Optional.empty());
        Map<String, Object> model = new HashMap<>();
        model.put("order", options.order());
        model.put("wallets", wallets);
        model.put("selected", checked.map(BindingId::toString).orElse(""));
        model.put("closesAt", options.closesAt().orElse(null));
        model.put("errors", errors);
        model.put("problem", wallets.isEmpty() ? null : problem);
        model.put("cancelled", ctx.queryParam("cancelled") != null);
        model.put("oneTimeKey", oneTimeKey);
        pages.render(ctx, status, "shop/pay", model);
    }

    /** To the order's own page: a paid order says there is nothing more to pay, a closed one says it closed. */
    private static void goToOrder(Context ctx, OrderId orderId, OrderStatus status, HttpStatus redirect) {
        ctx.redirect("/orders/" + orderId + (status == OrderStatus.PAID ? "?already-paid" : ""), redirect);
    }

    private Optional<PaymentOptions> options(Context ctx) {
        return OrderId.parse(ctx.pathParam("id"))
                .flatMap(id -> viewPaymentOptions.options(CustomerAccess.customerOf(ctx), id));
    }

    private Optional<PaymentView> payment(Context ctx) {
        return paymentId(ctx.pathParam("id")).flatMap(id -> viewPayment.view(CustomerAccess.customerOf(ctx), id));
    }

    /** Reads a payment id from a URL segment; empty when the text is not one. */
    static Optional<PaymentId> paymentId(String text) {
        try {
            return Optional.of(new PaymentId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    /** The form's one-time key: the page always sends a UUID, so anything else is a form that is not this page's. */
    static Optional<String> oneTimeKey(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(typed.strip()).toString());
        } catch (IllegalArgumentException notAKey) {
            return Optional.empty();
        }
    }

    /**
     * Where the wallet app sends the customer back: this site's address as the browser used it, so the
     * customer returns to the same host and keeps the session, and the wallet named for the way back.
     * Without a usable host it is the path alone, as the wallet binding passes it.
     */
    static URI returnUrl(String scheme, String host, WalletProvider provider) {
        String path = RETURN + "?" + PaymentReturnQuery.PROVIDER + "=" + provider.name();
        boolean usable = ("http".equals(scheme) || "https".equals(scheme)) && host != null
                && HOST.matcher(host).matches();
        return URI.create(usable ? scheme + "://" + host + path : path);
    }

    /** A link to the wallet app's confirmation page, only if it is a web address or a path on this site. */
    static Optional<String> walletLink(Optional<String> confirmationUrl) {
        return confirmationUrl.filter(url -> url.startsWith("https://") || url.startsWith("http://")
                || SafeRedirects.localPathOr(url, null) != null)
                .filter(url -> url.chars().noneMatch(Character::isISOControl));
    }

    static String paymentPath(PaymentId paymentId) {
        return "/payments/" + paymentId;
    }

    static String payPath(OrderId orderId) {
        return "/orders/" + orderId + "/pay";
    }
}
