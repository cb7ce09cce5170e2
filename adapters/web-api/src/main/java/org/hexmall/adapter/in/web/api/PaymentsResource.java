package org.hexmall.adapter.in.web.api;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.application.port.in.payment.PayCommand;
import org.hexmall.application.port.in.payment.PayForOrder;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentAmount;
import org.hexmall.application.port.in.payment.ViewPayment;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.wallet.BindingId;

/**
 * {@code POST /api/v1/orders/{id}/payments} pays an order with a bound wallet (the one the store picks unless
 * {@code walletId} names another), and {@code GET /api/v1/payments/{id}} follows a payment. Paying needs an
 * {@code Idempotency-Key}, which {@link PayForOrder} keeps with the payment it made: the same request again answers
 * what became of that payment, and never charges twice. A client that would rather not ask again and again sends
 * {@code Prefer: wait=N} (RFC 7240) when it follows a payment, and gets the answer as soon as the payment changes,
 * or after N seconds (at most {@link ViewPayment#LONGEST_WAIT}).
 */
final class PaymentsResource {

    static final String ORDER_PAYMENTS = OrdersResource.ORDER + "/payments";
    static final String PATH = ApiRoutes.V1 + "/payments";
    static final String PAYMENT = PATH + "/{id}";

    private final PayForOrder payForOrder;
    private final ViewPayment viewPayment;
    private final CustomerAuthentication authentication;

    PaymentsResource(PayForOrder payForOrder, ViewPayment viewPayment, CustomerAuthentication authentication) {
        this.payForOrder = payForOrder;
        this.viewPayment = viewPayment;
        this.authentication = authentication;
    }

    void register(ApiRouter router) {
        router.post(ORDER_PAYMENTS, this::pay);
        router.get(PAYMENT, this::show);
    }

    private void pay(Context ctx) {
        Session session = authentication.session(ctx);
        CustomerId customer = ((Principal.Customer) session.principal()).customerId();
        OrderId orderId = OrdersResource.orderId(ctx).orElseThrow(() -> new ApiProblem(OrdersResource.orderNotFound()));
        IdempotencyKey key = new IdempotencyKey(IdempotencyKeyHeader.require(ctx));
        JsonBody body = JsonBody.optional(ctx);
        Optional<BindingId> wallet = body.uuid("walletId").map(BindingId::new);
        // Points are spent in whole yuan within what pricing allows; none when the member is left out.
        Integer points = body.nonNegativeInteger("pointsToSpend", false);
        body.throwIfInvalid();
        answer(ctx, payForOrder.pay(new PayCommand(customer, orderId, wallet, Optional.of(key),
                ShopLinks.paymentReturn(ctx), Optional.ofNullable(session.device()),
                WalletReconfirmationsResource.returnAddress(ctx), points == null ? 0 : points)));
    }

    private void show(Context ctx) {
        CustomerId customer = authentication.customer(ctx);
        Duration wait = PreferWait.of(ctx.header("Prefer"), ViewPayment.LONGEST_WAIT);
        PaymentJson payment = PaymentId.parse(ctx.pathParam("id"))
                .flatMap(id -> viewPayment.viewPriced(customer, id, wait))
                .map(PaymentJson::of)
                .orElseThrow(() -> new ApiProblem(Problems.notFound("payment-not-found",
                        "None of your payments has this id.")));
        ctx.header("Vary", "Prefer");
        if (!wait.isZero()) {
            ctx.header("Preference-Applied", "wait=" + wait.toSeconds());
        }
        ApiResponses.json(ctx, 200, payment);
    }

    private static void answer(Context ctx, PayResult result) {
        switch (result) {
            case PayResult.GoToWallet go -> started(ctx, 201, go.payment(), PaymentStatus.AWAITING_CONFIRMATION,
                    go.walletPage().toString(), go.charge());
            case PayResult.Confirming confirming -> started(ctx, 202, confirming.payment(), PaymentStatus.UNKNOWN,
                    null, confirming.charge());
            case PayResult.Paid paid -> started(ctx, 201, paid.payment(), PaymentStatus.SUCCEEDED, null, paid.charge());
            case PayResult.Ended ended -> started(ctx, 201, ended.payment(), ended.status(), null, ended.charge());
            case PayResult.Failed failed -> throw new ApiProblem(failure(failed.reason())
                    .with("paymentId", failed.payment().toString()));
            case PayResult.PaymentUnderWay underWay -> throw new ApiProblem(Problem.of(409, "payment-being-confirmed",
                            "A payment of this order is being confirmed",
                            "The store is still finding out what became of an earlier payment of this order, so no "
                                    + "other can start: follow that one; once it has ended unpaid, pay again.")
                    .with("paymentId", underWay.payment().toString())
                    .with("links", Map.of("payment", PATH + "/" + underWay.payment())));
            case PayResult.NoWalletBound none -> throw new ApiProblem(Problem.of(409, "no-wallet-bound",
                            "Bind a wallet first", "No wallet is bound to pay with, or the chosen one is not bound; "
                                    + "the order stays payable.")
                    .with("links", Map.of("bindWallet", ShopLinks.bindWallet(ctx).toString())));
            case PayResult.ChooseWallet choose -> throw new ApiProblem(Problem.of(409, "wallet-not-chosen",
                    "Choose a wallet", "Several wallets are bound and none is preferred: send walletId."));
            case PayResult.AlreadyPaid paid -> throw new ApiProblem(Problem.of(409, "order-already-paid",
                    "Order already paid", "The order is paid; nothing more to pay."));
            case PayResult.NotPayable closed -> throw new ApiProblem(Problem.of(409, "order-closed",
                            "Order can no longer be paid", "The order closed before it was paid; settle the cart again.")
                    .with("orderStatus", closed.status().name()));
            case PayResult.NoSuchOrder missing -> throw new ApiProblem(OrdersResource.orderNotFound());
            case PayResult.KeyReused reused -> throw new ApiProblem(Problems.idempotencyKeyReused());
            case PayResult.RiskRefused refused -> throw new ApiProblem(Problem.of(403, "payment-held-for-review",
                    "Payment held for a security check", "This payment looked unusual for the account, so it was "
                            + "not made and nothing was charged. Contact customer service to have it checked."));
            case PayResult.RiskHeld held -> throw new ApiProblem(Problem.of(403, "risk-hold",
                    "Account on hold for its safety", "An earlier unusual attempt placed a hold on the account's "
                            + "payments and wallet bindings for its safety, so this payment was not made and nothing "
                            + "was charged. Contact customer service: they check it with the customer and lift the "
                            + "hold."));
            case PayResult.VerificationRequired verify -> throw new ApiProblem(Problem.of(403,
                            "verification-required", "Confirm it is you first", "This payment is unusual for the "
                                    + "account: the customer must pass an extra check before it can go ahead.")
                    .with("factor", factorName(verify.factor())));
            // Asked of a device trusted with a code only recently, an app's as a browser's: this request has asked the
            // wallet app already, as the shop's pay form does; the client opens its approval page and brings back
            // the answer.
            case PayResult.ReconfirmWallet reconfirm -> throw new ApiProblem(Problem.of(403,
                            "wallet-reconfirmation-required", "Re-confirm the wallet on this new device first",
                            "The customer logged in on this device only recently: open links.approve, where the "
                                    + "wallet app asks for the payment password. It then sends the customer back to "
                                    + "links.returnTo with its answer in the query: send that address with this "
                                    + "token, then pay again. Nothing was charged.")
                    .with("links", Map.of("approve", reconfirm.walletPage().toString(),
                            "returnTo", reconfirm.returnTo().toString())));
            case PayResult.ReconfirmationUnavailable unavailable -> throw new ApiProblem(Problem.of(503,
                    "wallet-unavailable", "The wallet app cannot be reached",
                    "Nothing was charged. Try again in a moment."));
        }
    }

    /**
     * The check the customer must pass, as this API has always named it ({@code SMS_CODE}, {@code FACE_CHECK}). The
     * API cannot run it: the shop's payment page runs it, then pays.
     */
    static String factorName(StepUpFactor factor) {
        return factor == StepUpFactor.FACE ? "FACE_CHECK" : factor.name();
    }

    /**
     * A payment this request made or went back to: where to follow it, where the customer confirms it if that comes
     * next, and what its wallet is asked to charge, so that a client need not ask for the payment to say it.
     */
    private static void started(Context ctx, int status, PaymentId payment, PaymentStatus paymentStatus,
                                String redirectUrl, PaymentAmount charge) {
        ctx.header("Location", PATH + "/" + payment);
        ApiResponses.json(ctx, status, new StartedJson(payment.toString(), paymentStatus.name(), redirectUrl,
                MoneyJson.of(charge.amount()), charge.pointsSpent()));
    }

    /** 402, with the reason's own code, so that a client can say what to do next; nothing was charged. */
    private static Problem failure(PaymentFailureReason reason) {
        String detail = switch (reason) {
            case INSUFFICIENT_BALANCE -> "The wallet's balance does not cover the order; top it up or pay with "
                    + "another wallet.";
            case WRONG_PAYMENT_PASSWORD -> "The payment password was wrong; try again (attempts are limited).";
            case PAYMENT_PASSWORD_LOCKED -> "The wallet's payment password is locked; reset it in the wallet app "
                    + "or wait until the lock ends.";
            case WALLET_NOT_BOUND -> "The wallet is no longer bound; bind it again.";
            case PROVIDER_UNAVAILABLE -> "The wallet provider could not be reached; try again later.";
            case PROVIDER_TIMED_OUT -> "The wallet provider did not answer in time, and the payment was closed there "
                    + "before anyone confirmed it; pay again.";
            case DECLINED -> "The wallet provider declined the payment.";
        };
        return Problem.of(402, PaymentJson.code(reason), "Payment failed", detail + " Nothing was charged.");
    }

    /**
     * @param redirectUrl where to send the customer to confirm in the wallet app; null while the store is still
     *                    finding out from the provider whether the payment went through, and once it has ended
     * @param amount      what the wallet is asked to charge, after discounts and the points spent, as frozen on the
     *                    payment when it started (a payment gone back to keeps its own, whatever was asked now)
     * @param pointsSpent the points the payment spends; 0 for none
     */
    record StartedJson(String paymentId, String status, String redirectUrl, MoneyJson amount, long pointsSpent) {
    }

    /** The {@code wait} preference of a {@code Prefer} header (RFC 7240), in whole seconds, capped. */
    static final class PreferWait {

        private PreferWait() {
        }

        /** Zero when the header asks for no wait, or for one that is not a whole number of seconds. */
        static Duration of(String prefer, Duration longest) {
            if (prefer == null) {
                return Duration.ZERO;
            }
            for (String preference : prefer.split(",")) {
                String[] nameAndValue = preference.split(";", 2)[0].split("=", 2);
                if (nameAndValue.length == 2 && nameAndValue[0].strip().toLowerCase(Locale.ROOT).equals("wait")) {
                    String value = nameAndValue[1].strip().replace("\"", "");
                    if (!value.matches("\\d{1,6}")) {
                        return Duration.ZERO;
                    }
                    Duration asked = Duration.ofSeconds(Long.parseLong(value));
                    return asked.compareTo(longest) > 0 ? longest : asked;
                }
            }
            return Duration.ZERO;
        }
    }
}
