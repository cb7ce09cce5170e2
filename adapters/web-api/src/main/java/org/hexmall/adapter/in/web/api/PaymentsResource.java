package org.hexmall.adapter.in.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.payment.PayCommand;
import org.hexmall.application.port.in.payment.PayForOrder;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentOptions;
import org.hexmall.application.port.in.payment.ViewPayment;
import org.hexmall.application.port.in.payment.ViewPaymentOptions;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * {@code POST /api/v1/orders/{id}/payments} pays an order with a bound wallet (the preferred one unless
 * {@code walletId} names another), and {@code GET /api/v1/payments/{id}} follows a payment. Paying needs an
 * {@code Idempotency-Key}, which {@link PayForOrder} keeps with the first result: the same request again
 * answers that result, and never charges twice.
 */
final class PaymentsResource {

    static final String ORDER_PAYMENTS = OrdersResource.ORDER + "/payments";
    static final String PATH = ApiRoutes.V1 + "/payments";
    static final String PAYMENT = PATH + "/{id}";

    private final PayForOrder payForOrder;
    private final ViewPaymentOptions viewPaymentOptions;
    private final ViewPayment viewPayment;
    private final CustomerAuthentication authentication;

    PaymentsResource(PayForOrder payForOrder, ViewPaymentOptions viewPaymentOptions, ViewPayment viewPayment,
                     CustomerAuthentication authentication) {
        this.payForOrder = payForOrder;
        this.viewPaymentOptions = viewPaymentOptions;
        this.viewPayment = viewPayment;
        this.authentication = authentication;
    }

    void register(ApiRouter router) {
        router.post(ORDER_PAYMENTS, this::pay);
        router.get(PAYMENT, this::show);
    }

    private void pay(Context ctx) {
        CustomerId customer = authentication.customer(ctx);
        OrderId orderId = OrdersResource.orderId(ctx).orElseThrow(() -> new ApiProblem(OrdersResource.orderNotFound()));
        String key = IdempotencyKeyHeader.require(ctx);
        JsonBody body = JsonBody.optional(ctx);
        Optional<BindingId> wallet = body.uuid("walletId").map(BindingId::new);
        body.throwIfInvalid();
        PaymentOptions options = viewPaymentOptions.options(customer, orderId)
                .orElseThrow(() -> new ApiProblem(OrdersResource.orderNotFound()));
        PayResult result = payForOrder.pay(new PayCommand(customer, orderId, wallet, Optional.of(key),
                ShopLinks.paymentReturn(ctx, providerOf(options, wallet))));
        answer(ctx, result);
    }

    private void show(Context ctx) {
        CustomerId customer = authentication.customer(ctx);
        PaymentJson payment = paymentId(ctx.pathParam("id")).flatMap(id -> viewPayment.view(customer, id))
                .map(PaymentJson::of)
                .orElseThrow(() -> new ApiProblem(Problems.notFound("payment-not-found",
                        "None of your payments has this id.")));
        ApiResponses.json(ctx, 200, payment);
    }

    private static void answer(Context ctx, PayResult result) {
        switch (result) {
            case PayResult.GoToWallet go -> started(ctx, 201, go.payment(), PaymentStatus.AWAITING_CONFIRMATION,
                    go.walletPage().toString());
            case PayResult.Confirming confirming -> started(ctx, 202, confirming.payment(), PaymentStatus.UNKNOWN,
                    null);
            case PayResult.Failed failed -> throw new ApiProblem(failure(failed.reason())
                    .with("paymentId", failed.payment().toString()));
            case PayResult.NoWalletBound none -> throw new ApiProblem(Problem.of(409, "no-wallet-bound",
                            "Bind a wallet first", "No wallet is bound to pay with, or the chosen one is not bound; "
                                    + "the order stays payable.")
                    .with("links", Map.of("bindWallet", ShopLinks.bindWallet(ctx).toString())));
            case PayResult.AlreadyPaid paid -> throw new ApiProblem(Problem.of(409, "order-already-paid",
                    "Order already paid", "The order is paid; nothing more to pay."));
            case PayResult.NotPayable closed -> throw new ApiProblem(Problem.of(409, "order-closed",
                            "Order can no longer be paid", "The order closed before it was paid; settle the cart again.")
                    .with("orderStatus", closed.status().name()));
            case PayResult.NoSuchOrder missing -> throw new ApiProblem(OrdersResource.orderNotFound());
            case PayResult.KeyReused reused -> throw new ApiProblem(Problems.idempotencyKeyReused());
            case PayResult.KeyInUse inUse -> throw new ApiProblem(Problems.idempotencyKeyInUse());
        }
    }

    /** A payment under way: where to follow it, and where the customer confirms it if that comes next. */
    private static void started(Context ctx, int status, PaymentId payment, PaymentStatus paymentStatus,
                                String redirectUrl) {
        ctx.header("Location", PATH + "/" + payment);
        ApiResponses.json(ctx, status, new StartedJson(payment.toString(), paymentStatus.name(), redirectUrl));
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
            case DECLINED -> "The wallet provider declined the payment.";
        };
        return Problem.of(402, PaymentJson.code(reason), "Payment failed", detail + " Nothing was charged.");
    }

    /**
     * The provider of the wallet that will pay, which the return address names so that the return page
     * knows whose signature to check: the chosen wallet, else the preferred one. Empty when neither is
     * bound, in which case {@link PayForOrder} answers that no wallet is bound.
     */
    private static Optional<WalletProvider> providerOf(PaymentOptions options, Optional<BindingId> chosen) {
        Optional<BindingId> paying = chosen.or(options::preselected);
        List<BoundWallet> wallets = options.wallets();
        return paying.flatMap(id -> wallets.stream().filter(bound -> bound.id().equals(id)).findFirst())
                .or(() -> chosen.isEmpty() && wallets.size() == 1 ? Optional.of(wallets.get(0)) : Optional.empty())
                .map(BoundWallet::provider);
    }

    private static Optional<PaymentId> paymentId(String text) {
        try {
            return Optional.of(new PaymentId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    /**
     * @param redirectUrl where to send the customer to confirm in the wallet app; null while the store is still
     *                    finding out from the provider whether the payment went through
     */
    record StartedJson(String paymentId, String status, String redirectUrl) {
    }
}
