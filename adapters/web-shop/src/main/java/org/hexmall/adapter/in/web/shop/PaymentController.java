package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.adapter.in.web.common.RequestOrigin;
import org.hexmall.adapter.in.web.common.SafeRedirects;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.application.port.in.payment.CompletePayment;
import org.hexmall.application.port.in.payment.PayCommand;
import org.hexmall.application.port.in.payment.PayForOrder;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentOptions;
import org.hexmall.application.port.in.payment.PaymentReturn;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.payment.ReturnAddress;
import org.hexmall.application.port.in.payment.ViewOrderPayments;
import org.hexmall.application.port.in.payment.ViewPayment;
import org.hexmall.application.port.in.payment.ViewPaymentOptions;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.application.port.in.wallet.CompleteWalletReconfirmation;
import org.hexmall.application.port.in.wallet.ReconfirmationResult;
import org.hexmall.application.port.in.wallet.ReconfirmationReturn;
import org.hexmall.application.port.in.wallet.StartBindingCommand;
import org.hexmall.application.port.in.wallet.StartWalletBinding;
import org.hexmall.application.port.in.wallet.UnbindWallet;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.promotion.PointsPolicy;
import org.hexmall.domain.promotion.PriceBreakdown;
import org.hexmall.domain.risk.DeviceTrust;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.domain.wallet.WalletReconfirmation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paying an order (支付): the payment page with the bound wallets, off to the wallet app to confirm with the
 * payment password, and back to the success page, to a failure page that says why and what to do next, or
 * to a page that waits while the store finds out what became of the payment. Another customer's order or
 * payment is "not found". Paying from a phone trusted only recently goes to the wallet app to re-confirm the
 * wallet first, and comes back to pay (or, when a wallet was to be unbound from such a phone, to unbind it).
 */
public final class PaymentController {

    private static final String PAY = "/orders/{id}/pay";
    private static final String PAYMENT = "/payments/{id}";
    /** Where the wallet app sends the customer back: the address names the payment. */
    static final String RETURN = "/payments/" + ReturnAddress.PLACEHOLDER + "/return";
    /** Where the wallet app sends the customer back after re-confirming a wallet: the address names the provider. */
    static final String RECONFIRMED = "/payments/wallet-reconfirmations/{provider}/return";
    /** What the payment page says after a form that could not be sent on, by the word its address names. */
    private static final Map<String, String> PROBLEMS = Map.of("form-expired", "pay.form-expired",
            "wallet-gone", "pay.wallet.gone", "key-reused", "pay.key-reused",
            "reconfirm-unavailable", "pay.reconfirm.unavailable");
    /** Likewise, beside the wallet choice. */
    private static final Map<String, String> WALLET_ERRORS = Map.of("wallet-required", "pay.wallet.required",
            "wallet-invalid", "pay.wallet.invalid");
    private static final String ATTEMPTS_LEFT = "attempts-left";
    private static final Logger LOG = LoggerFactory.getLogger(PaymentController.class);

    private final ViewPaymentOptions viewPaymentOptions;
    private final PayForOrder payForOrder;
    private final CompletePayment completePayment;
    private final ViewPayment viewPayment;
    private final ViewOrderPayments viewOrderPayments;
    private final CompleteWalletReconfirmation completeReconfirmation;
    private final UnbindWallet unbindWallet;
    private final StartWalletBinding startWalletBinding;
    private final PageRenderer pages;
    private final int maxWallets;

    /** @param maxWallets how many wallets a customer may have bound: with one, no page offers paying with another */
    public PaymentController(ViewPaymentOptions viewPaymentOptions, PayForOrder payForOrder,
                             CompletePayment completePayment, ViewPayment viewPayment,
                             ViewOrderPayments viewOrderPayments, CompleteWalletReconfirmation completeReconfirmation,
                             UnbindWallet unbindWallet, StartWalletBinding startWalletBinding, PageRenderer pages,
                             int maxWallets) {
        this.viewPaymentOptions = viewPaymentOptions;
        this.payForOrder = payForOrder;
        this.completePayment = completePayment;
        this.viewPayment = viewPayment;
        this.viewOrderPayments = viewOrderPayments;
        this.completeReconfirmation = completeReconfirmation;
        this.unbindWallet = unbindWallet;
        this.startWalletBinding = startWalletBinding;
        this.pages = pages;
        this.maxWallets = maxWallets;
    }

    public void register(RoutesConfig routes) {
        routes.get(PAY, this::paymentPage);
        routes.post(PAY, this::pay);
        routes.get(PAYMENT, this::confirming);
        routes.get(PAYMENT + "/return", this::comeBack);
        routes.get(PAYMENT + "/success", this::success);
        routes.get(PAYMENT + "/failed", this::failed);
        routes.get(RECONFIRMED, this::reconfirmed);
        routes.get(RECONFIRMED + "/orders/{order}", this::reconfirmed);
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
        // Back from the step-up the risk rules asked for, or from a form that could not be sent on: the wallet chosen
        // before stays chosen, and the page says what became of the form.
        Optional<BindingId> chosen = Optional.ofNullable(ctx.queryParam("wallet")).flatMap(BindingId::parse);
        String problem = Objects.requireNonNullElse(ctx.queryParam("problem"), "");
        Map<String, String> errors = WALLET_ERRORS.containsKey(problem)
                ? Map.of("wallet", pages.message(ctx, WALLET_ERRORS.get(problem))) : Map.of();
        showPaymentPage(ctx, 200, options.get(), chosen, errors,
                PROBLEMS.containsKey(problem) ? pages.message(ctx, PROBLEMS.get(problem)) : null, newOneTimeKey());
    }

    /**
     * Back to the payment page after a form that could not be sent on, at an address that says why, so that a reload
     * shows the page again and never sends the form twice.
     */
    private static void backToPaymentPage(Context ctx, OrderId orderId, Optional<BindingId> chosen, String problem) {
        ctx.redirect(payPath(orderId) + "?problem=" + problem + chosen.map(wallet -> "&wallet=" + wallet).orElse(""),
                HttpStatus.SEE_OTHER);
    }

    /** The form is read first; the page is read only when it must be shown again. */
    private void pay(Context ctx) {
        Optional<OrderId> orderId = OrderId.parse(ctx.pathParam("id"));
        if (orderId.isEmpty()) {
            ctx.status(404);
            return;
        }
        String walletField = ctx.formParam("wallet");
        if (walletField == null || walletField.isBlank()) {
            backToPaymentPage(ctx, orderId.get(), Optional.empty(), "wallet-required");
            return;
        }
        Optional<BindingId> chosen = BindingId.parse(walletField.strip());
        if (chosen.isEmpty()) {
            backToPaymentPage(ctx, orderId.get(), Optional.empty(), "wallet-invalid");
            return;
        }
        Optional<String> key = oneTimeKey(ctx.formParam("key"));
        if (key.isEmpty()) {
            backToPaymentPage(ctx, orderId.get(), chosen, "form-expired");
            return;
        }
        answer(ctx, orderId.get(), chosen, payForOrder.pay(new PayCommand(CustomerAccess.customerOf(ctx),
                orderId.get(), chosen, key.map(IdempotencyKey::new), returnAddress(ctx), CustomerAccess.deviceOf(ctx),
                reconfirmationReturn(ctx), pointsToSpend(ctx.formParam("points")))));
    }

    /** Where a request to pay leads: the wallet app, a payment's page, or the payment page again saying why. */
    private void answer(Context ctx, OrderId order, Optional<BindingId> chosen, PayResult result) {
        Optional<OrderId> orderId = Optional.of(order);
        switch (result) {
            case PayResult.GoToWallet go -> ctx.redirect(go.walletPage().toString(), HttpStatus.SEE_OTHER);
            case PayResult.Confirming confirming ->
                    ctx.redirect(paymentPath(confirming.payment()), HttpStatus.SEE_OTHER);
            case PayResult.Paid paid -> ctx.redirect(paymentPath(paid.payment()) + "/success", HttpStatus.SEE_OTHER);
            case PayResult.Failed failed ->
                    ctx.redirect(paymentPath(failed.payment()) + "/failed", HttpStatus.SEE_OTHER);
            case PayResult.Ended ended -> ctx.redirect(paymentPath(ended.payment()), HttpStatus.SEE_OTHER);
            // The payment page says that payment is being confirmed, and leads to it.
            case PayResult.PaymentUnderWay underWay ->
                    ctx.redirect(paymentPath(underWay.payment()), HttpStatus.SEE_OTHER);
            case PayResult.NoWalletBound none -> backToPaymentPage(ctx, orderId.get(), Optional.empty(), "wallet-gone");
            case PayResult.ChooseWallet choose ->
                    backToPaymentPage(ctx, orderId.get(), Optional.empty(), "wallet-required");
            case PayResult.AlreadyPaid paid -> goToOrder(ctx, orderId.get(), OrderStatus.PAID, HttpStatus.SEE_OTHER);
            case PayResult.NotPayable notPayable ->
                    goToOrder(ctx, orderId.get(), notPayable.status(), HttpStatus.SEE_OTHER);
            case PayResult.NoSuchOrder none -> ctx.status(404);
            case PayResult.KeyReused reused -> backToPaymentPage(ctx, orderId.get(), chosen, "key-reused");
            case PayResult.RiskRefused refused -> pages.render(ctx, 403, "shop/risk-refused",
                    Map.of("binding", false, "order", orderId.get().toString()));
            case PayResult.RiskHeld held -> pages.render(ctx, 403, "shop/risk-refused",
                    Map.of("binding", false, "held", true, "order", orderId.get().toString()));
            // The step-up the rules suggest, then back to this page with the same wallet, to pay.
            case PayResult.VerificationRequired verify -> ctx.redirect(StepUpController.askedPath(StepUpAction.PAY,
                    verify.factor(), payPath(orderId.get()) + "?verified&wallet=" + chosen.get(), orderId),
                    HttpStatus.SEE_OTHER);
            // The wallet app asks the customer to re-confirm the wallet on this new device, then sends them back.
            case PayResult.ReconfirmWallet reconfirm ->
                    ctx.redirect(reconfirm.walletPage().toString(), HttpStatus.SEE_OTHER);
            case PayResult.ReconfirmationUnavailable unavailable ->
                    backToPaymentPage(ctx, orderId.get(), chosen, "reconfirm-unavailable");
        }
    }

    /**
     * Back from re-confirming the wallet in its app: re-confirmed, the payment goes ahead with that wallet at once,
     * spending the points the customer ticked on the payment page, as the store kept them with its request (the way
     * back through the wallet app carries none, so nothing on it can change them); refused, the payment page says
     * nothing was paid and what to do.
     */
    private void reconfirmed(Context ctx) {
        Optional<WalletProvider> provider = WalletProvider.fromName(ctx.pathParam("provider"));
        ReconfirmationResult result = provider.isEmpty()
                ? new ReconfirmationResult.Untrusted("not a provider")
                : completeReconfirmation.complete(CustomerAccess.customerOf(ctx), provider.get(),
                WalletReturnController.singleValues(ctx.queryParamMap()), ctx.ip());
        switch (result) {
            case ReconfirmationResult.Reconfirmed(BindingId wallet, var purpose, Optional<OrderId> order, var next,
                                                  long points) when order.isPresent() ->
                    answer(ctx, order.get(), Optional.of(wallet), payForOrder.pay(new PayCommand(
                            CustomerAccess.customerOf(ctx), order.get(), Optional.of(wallet), Optional.empty(),
                            returnAddress(ctx), CustomerAccess.deviceOf(ctx), reconfirmationReturn(ctx), points)));
            case ReconfirmationResult.Reconfirmed reconfirmed
                    when reconfirmed.purpose() == WalletReconfirmation.Purpose.UNBINDING ->
                    PaymentMethodsController.answer(ctx, unbindWallet.unbind(CustomerAccess.customerOf(ctx),
                            reconfirmed.wallet(), CustomerAccess.deviceOf(ctx), reconfirmationReturn(ctx), ctx.ip()));
            // The new wallet's account was typed before the wallet app, and kept with the request: the binding goes on
            // with it, to the code sent to the phone.
            case ReconfirmationResult.Reconfirmed reconfirmed when reconfirmed.replacement().isPresent() ->
                    BindWalletController.continueReplacement(ctx, startWalletBinding, new StartBindingCommand(
                            CustomerAccess.customerOf(ctx), reconfirmed.replacement().get().provider(),
                            reconfirmed.replacement().get().account(), true, WebSessions.current(ctx).language(),
                            CustomerAccess.deviceOf(ctx), reconfirmationReturn(ctx, bindingFor(ctx)),
                            Optional.of(reconfirmed.wallet())), bindingFor(ctx));
            // Asked before the store kept the new wallet's account: the customer adds it again, still for the order they
            // were paying, if they were.
            case ReconfirmationResult.Reconfirmed reconfirmed ->
                    ctx.redirect(PaymentMethodsController.PAGE + "/add?reconfirmed"
                            + OrderBeingPaid.query(bindingFor(ctx), '&'), HttpStatus.SEE_OTHER);
            case ReconfirmationResult.Rejected(BindingId wallet, var purpose, Optional<OrderId> order)
                    when order.isPresent() ->
                    ctx.redirect(payPath(order.get()) + "?reconfirm-refused&wallet=" + wallet, HttpStatus.SEE_OTHER);
            // A replacement refused while paying an order: back to paying it with the wallets there are.
            case ReconfirmationResult.Rejected rejected -> ctx.redirect(bindingFor(ctx)
                    .map(order -> payPath(order) + "?reconfirm-refused")
                    .orElse(PaymentMethodsController.PAGE + "?reconfirm-refused"), HttpStatus.SEE_OTHER);
            case ReconfirmationResult.Untrusted untrusted -> {
                LOG.warn("Refused a wallet re-confirmation that came back through the browser: {}", untrusted.why());
                pages.render(ctx, 400, "shop/wallet-untrusted", Map.of());
            }
        }
    }

    /** The wallet app sends the customer back here, to the address that names the payment, with its signed result. */
    private void comeBack(Context ctx) {
        Optional<PaymentId> paymentId = PaymentId.parse(ctx.pathParam("id"));
        PaymentReturn answer = paymentId.isEmpty() ? new PaymentReturn.Untrusted("not a payment id")
                : completePayment.complete(CustomerAccess.customerOf(ctx), paymentId.get(),
                WalletReturnController.singleValues(ctx.queryParamMap()));
        switch (answer) {
            case PaymentReturn.Paid paid -> ctx.redirect(paymentPath(paid.payment().id()) + "/success");
            // Off the signed address to the failure's own page, as success does: a reload there is harmless.
            case PaymentReturn.NotPaid notPaid -> ctx.redirect(failedPath(notPaid.payment().id(),
                    notPaid.attemptsLeft()), HttpStatus.SEE_OTHER);
            case PaymentReturn.ChargedAndRefunded refunded ->
                    ctx.redirect("/orders/" + refunded.payment().orderId() + "?charged-and-refunded");
            case PaymentReturn.Cancelled cancelled -> ctx.redirect(payPath(cancelled.payment().orderId()) + "?cancelled");
            case PaymentReturn.Untrusted untrusted -> {
                LOG.warn("Refused a payment result that came back through the browser: {}", untrusted.why());
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
            case CLOSED -> ctx.redirect(payPath(view.orderId())
                    + (view.isClosedForUnboundWallet() ? "?closed=wallet-unbound" : "?closed"));
            case CREATED, AWAITING_CONFIRMATION, UNKNOWN -> {
                Map<String, Object> model = new HashMap<>();
                model.put("payment", view);
                model.put("walletLink", view.status() == PaymentStatus.AWAITING_CONFIRMATION
                        ? walletLink(view.confirmationUrl()).orElse(null) : null);
                // The page asks again by itself, and moves on once the payment has an outcome.
                model.put("refreshAfterSeconds", 3);
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
        showFailure(ctx, payment.get(), attemptsLeft(ctx.queryParam(ATTEMPTS_LEFT)));
    }

    /**
     * The failure page of a payment, with what the wallet app has just said of its payment password: the attempts
     * it still accepts. They only ever add a sentence to the page of a payment that failed for that very reason. The
     * end of a password lock is not in the address: the page reads it from the payment, which keeps it.
     */
    static String failedPath(PaymentId payment, OptionalInt attemptsLeft) {
        StringBuilder path = new StringBuilder(paymentPath(payment)).append("/failed");
        if (attemptsLeft.isPresent()) {
            path.append('?').append(ATTEMPTS_LEFT).append('=').append(attemptsLeft.getAsInt());
        }
        return path.toString();
    }

    /** Attempts left as the failure page's address says them; anything but a small count says nothing. */
    static OptionalInt attemptsLeft(String field) {
        if (field == null || !field.matches("\\d{1,2}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(field));
    }

    /**
     * The failure page for the payment's reason. Attempts left are known only when the wallet app has just said so,
     * and come in the address it redirected to; the end of a payment password lock is the one the payment recorded.
     */
    private void showFailure(Context ctx, PaymentView payment, OptionalInt attemptsLeft) {
        Map<String, Object> model = new HashMap<>();
        model.put("payment", payment);
        // A failure without a reason is a decline the provider did not explain.
        model.put("reason", payment.failureReason().orElse(PaymentFailureReason.DECLINED));
        model.put("attemptsLeft", attemptsLeft.isPresent() ? attemptsLeft.getAsInt() : null);
        model.put("lockedUntil", payment.passwordLockedUntil().orElse(null));
        model.put("oneWallet", maxWallets == 1);
        // The order may have closed, or been paid by another payment, since: then there is nothing to try again.
        Optional<ViewOrderPayments.OrderPayments> order = viewOrderPayments.view(CustomerAccess.customerOf(ctx),
                payment.orderId());
        model.put("orderPayable", order.map(ViewOrderPayments.OrderPayments::canPayNow).orElse(false));
        model.put("orderPaid", order.map(found -> found.order().status() == OrderStatus.PAID).orElse(false));
        pages.render(ctx, "shop/payment-failed", model);
    }

    /**
     * The payment page.
     *
     * @param selected the wallet the customer chose, to keep it chosen; else the one that pays by default
     * @param errors   a message per input name (the wallet choice)
     * @param problem  what went wrong with the payment as a whole, or null
     */
    private void showPaymentPage(Context ctx, int status, PaymentOptions options, Optional<BindingId> selected,
                                 Map<String, String> errors, String problem, String oneTimeKey) {
        List<BoundWallet> wallets = options.wallets();
        Map<String, Object> model = new HashMap<>();
        model.put("order", options.order());
        model.put("wallets", wallets);
        model.put("selected", selected.or(options::preselected).map(BindingId::toString).orElse(""));
        model.put("closesAt", options.closesAt().orElse(null));
        model.put("beingConfirmed", options.beingConfirmed().orElse(null));
        model.put("errors", errors);
        model.put("problem", wallets.isEmpty() ? null : problem);
        model.put("cancelled", ctx.queryParam("cancelled") != null);
        model.put("closed", ctx.queryParam("closed") != null);
        model.put("closedWalletUnbound", "wallet-unbound".equals(ctx.queryParam("closed")));
        model.put("verified", ctx.queryParam("verified") != null);
        model.put("reconfirmRefused", ctx.queryParam("reconfirm-refused") != null);
        model.put("oneTimeKey", oneTimeKey);
        putPrices(ctx, options, selected, model);
        pages.render(ctx, status, "shop/pay", model);
    }

    /**
     * What the order costs with each wallet, the points the customer may spend, and the frozen price of a payment
     * under way. The amount at the top is the wallet's the page chooses; the button says it when every wallet would
     * charge the same.
     */
    private void putPrices(Context ctx, PaymentOptions options, Optional<BindingId> selected,
                           Map<String, Object> model) {
        Locale locale = pages.locale(ctx);
        Map<String, PriceView> prices = new HashMap<>();
        options.prices().forEach((wallet, price) ->
                prices.put(wallet.toString(), PriceView.of(price, pages.messages(), locale)));
        model.put("prices", prices);
        Money amountToPay = selected.or(options::preselected).flatMap(options::priceWith)
                .map(PriceBreakdown::amountToPay).orElse(options.order().total());
        model.put("amountToPay", amountToPay);
        boolean sameEverywhere = options.prices().values().stream().map(PriceBreakdown::amountToPay).distinct()
                .count() <= 1;
        model.put("submitAmount", sameEverywhere ? amountToPay : null);
        model.put("pointsToSpend", options.pointsToSpend());
        model.put("pointsValue", PointsPolicy.valueOf(options.pointsToSpend()));
        model.put("pointsBalance", options.pointsBalance());
        model.put("waitingInWalletApp", options.beingConfirmed().isPresent() ? null
                : options.waitingInWalletApp().orElse(null));
        model.put("frozenPrice", options.beingConfirmed()
                .map(payment -> options.frozenPrices().get(payment.id()))
                .map(price -> PriceView.of(price, pages.messages(), locale))
                .orElse(null));
    }

    /** The points the customer ticked to spend; anything but a whole number of points spends none. */
    static long pointsToSpend(String field) {
        if (field == null || field.isBlank() || field.strip().length() > 12) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(field.strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
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
        return PaymentId.parse(ctx.pathParam("id"))
                .flatMap(id -> viewPayment.view(CustomerAccess.customerOf(ctx), id));
    }

    /**
     * Where the wallet app sends the customer back: this site as the browser used it, so the customer returns to
     * the same host and keeps the session; without a usable host, the path alone.
     */
    static ReturnAddress returnAddress(Context ctx) {
        return new ReturnAddress(RequestOrigin.of(ctx).orElse("") + RETURN);
    }

    /** Where the wallet app sends the customer back after re-confirming a wallet, as {@link #returnAddress}. */
    static ReconfirmationReturn reconfirmationReturn(Context ctx) {
        return reconfirmationReturn(ctx, Optional.empty());
    }

    /**
     * As {@link #reconfirmationReturn(Context)}, for a binding started while paying {@code orderBeingPaid}: the order
     * is named in the path, since every parameter of the query is the wallet app's.
     */
    static ReconfirmationReturn reconfirmationReturn(Context ctx, Optional<OrderId> orderBeingPaid) {
        return new ReconfirmationReturn(RequestOrigin.of(ctx).orElse("")
                + RECONFIRMED.replace("{provider}", ReconfirmationReturn.PLACEHOLDER)
                + orderBeingPaid.map(order -> "/orders/" + order).orElse(""));
    }

    /** The order a re-confirmation's return address names, if it is one of the customer's. */
    private Optional<OrderId> bindingFor(Context ctx) {
        Optional<OrderId> named = ctx.pathParamMap().containsKey("order")
                ? OrderId.parse(ctx.pathParam("order")) : Optional.empty();
        return OrderBeingPaid.ofCustomer(named, ctx, viewOrderPayments);
    }

    private static String newOneTimeKey() {
        return UUID.randomUUID().toString();
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
