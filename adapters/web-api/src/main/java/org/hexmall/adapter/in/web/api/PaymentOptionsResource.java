package org.hexmall.adapter.in.web.api;

import io.javalin.http.Context;
import java.util.List;
import org.hexmall.application.port.in.payment.PaymentOptions;
import org.hexmall.application.port.in.payment.ViewPaymentOptions;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.domain.account.CustomerId;

/**
 * {@code GET /api/v1/orders/{id}/payment-options}: the wallets that can pay an order, each with what the order costs
 * with it (the discounts by name, the amount to pay, the points and vouchers it earns, the offers not applied and
 * why), and the points the customer may spend on it. The price a payment started with is frozen: the order shows it.
 */
final class PaymentOptionsResource {

    static final String PATH = OrdersResource.ORDER + "/payment-options";

    private final ViewPaymentOptions viewPaymentOptions;
    private final CustomerAuthentication authentication;

    PaymentOptionsResource(ViewPaymentOptions viewPaymentOptions, CustomerAuthentication authentication) {
        this.viewPaymentOptions = viewPaymentOptions;
        this.authentication = authentication;
    }

    void register(ApiRouter router) {
        router.get(PATH, this::show);
    }

    private void show(Context ctx) {
        CustomerId customer = authentication.customer(ctx);
        PaymentOptions options = OrdersResource.orderId(ctx)
                .flatMap(id -> viewPaymentOptions.options(customer, id))
                .orElseThrow(() -> new ApiProblem(OrdersResource.orderNotFound()));
        ApiResponses.json(ctx, 200, PaymentOptionsJson.of(options));
    }

    /**
     * @param payable       whether a payment can start now: the order awaits payment and none is being confirmed
     * @param pointsToSpend the most points the customer may spend, whichever wallet pays; 0 for none
     */
    record PaymentOptionsJson(String orderId, boolean payable, long pointsBalance, long pointsToSpend,
                              List<WalletOptionJson> wallets) {

        static PaymentOptionsJson of(PaymentOptions options) {
            return new PaymentOptionsJson(options.order().id().toString(), options.canPayNow(),
                    options.pointsBalance(), options.pointsToSpend(),
                    options.wallets().stream().map(wallet -> WalletOptionJson.of(wallet, options)).toList());
        }
    }

    /** @param price what the order costs with this wallet; null while the order cannot be paid */
    record WalletOptionJson(String id, String provider, String maskedAccount, boolean preferred, PriceJson price) {

        static WalletOptionJson of(BoundWallet wallet, PaymentOptions options) {
            return new WalletOptionJson(wallet.id().toString(), wallet.provider().name(), wallet.maskedAccount(),
                    wallet.preferred(), options.priceWith(wallet.id()).map(PriceJson::of).orElse(null));
        }
    }
}
