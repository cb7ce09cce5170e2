package org.hexmall.adapter.in.web.api;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.hexmall.application.port.in.account.FindNewDeviceLogin;
import org.hexmall.application.port.in.account.LogInCustomer;
import org.hexmall.application.port.in.account.ResendNewDeviceCode;
import org.hexmall.application.port.in.account.VerifyNewDevice;
import org.hexmall.application.port.in.catalog.BrowseCatalog;
import org.hexmall.application.port.in.catalog.SearchCatalog;
import org.hexmall.application.port.in.catalog.ViewProduct;
import org.hexmall.application.port.in.checkout.ChangeCart;
import org.hexmall.application.port.in.checkout.SettleCart;
import org.hexmall.application.port.in.checkout.ViewCart;
import org.hexmall.application.port.in.payment.PayForOrder;
import org.hexmall.application.port.in.payment.ViewOrderPayments;
import org.hexmall.application.port.in.payment.ViewPayment;
import org.hexmall.application.port.in.promotion.ClaimCoupon;
import org.hexmall.application.port.in.promotion.ViewMyCoupons;
import org.hexmall.application.port.in.promotion.ViewMyPoints;
import org.hexmall.application.port.in.promotion.ViewOffers;
import org.hexmall.application.port.in.payment.ViewPaymentOptions;
import org.hexmall.application.port.in.session.LogOut;
import org.hexmall.application.port.in.session.ResumeSession;
import org.hexmall.application.port.in.wallet.CompleteWalletReconfirmation;

/**
 * Mounts the JSON API under {@value #PREFIX}: a second driving adapter on the same in-ports as the
 * storefront, for apps and scripts. It answers JSON only, errors included ({@code application/problem+json}),
 * and checks its callers itself (a bearer token, or the shop's session cookie with its form token in a
 * header), so the storefront's session, form-token and error-page handlers should leave {@value #PREFIX} alone.
 */
public final class ApiRoutes {

    /** Every path of the API starts here, so the server can keep its page-only handlers away from it. */
    public static final String PREFIX = "/api";
    static final String V1 = PREFIX + "/v1";

    private final OpenApiResource openApi;
    private final TokensResource tokens;
    private final ProductsResource products;
    private final CartResource cart;
    private final OrdersResource orders;
    private final PaymentsResource payments;
    private final PromotionsResource promotions;
    private final PaymentOptionsResource paymentOptions;
    private final WalletReconfirmationsResource reconfirmations;

    /**
     * @param shopSessionCookie  the name of the storefront's session cookie, which the shop's own pages send
     * @param unpaidOrderTimeout how long an order waits for payment before it closes, to tell clients when
     * @param clock              the store's clock, for how long a client must wait before it tries again
     */
    public ApiRoutes(LogInCustomer logInCustomer, LogOut logOut, ResumeSession resumeSession,
                     BrowseCatalog browseCatalog,
                     SearchCatalog searchCatalog, ViewProduct viewProduct, ViewCart viewCart, ChangeCart changeCart, SettleCart settleCart,
                     ViewOrderPayments viewOrderPayments, PayForOrder payForOrder, ViewPayment viewPayment,
                     CompleteWalletReconfirmation completeReconfirmation, ViewPaymentOptions viewPaymentOptions, CustomerPromotions promotions,
                     NewDeviceLogins newDeviceLogins, String shopSessionCookie, Duration unpaidOrderTimeout,
                     Clock clock) {
        var authentication = new CustomerAuthentication(resumeSession, shopSessionCookie);
        this.openApi = new OpenApiResource(shopSessionCookie);
        this.tokens = new TokensResource(logInCustomer, logOut, authentication, resumeSession, newDeviceLogins,
                clock);
        this.products = new ProductsResource(browseCatalog, searchCatalog, viewProduct);
        this.cart = new CartResource(viewCart, changeCart, authentication);
        this.orders = new OrdersResource(settleCart, viewOrderPayments, authentication, unpaidOrderTimeout);
        this.payments = new PaymentsResource(payForOrder, viewPayment, authentication);
        this.promotions = new PromotionsResource(promotions.viewOffers(), promotions.claimCoupon(),
                promotions.viewMyCoupons(), promotions.viewMyPoints(), authentication);
        this.paymentOptions = new PaymentOptionsResource(viewPaymentOptions, authentication);
        this.reconfirmations = new WalletReconfirmationsResource(completeReconfirmation, authentication);
    }

    /** The in-ports of the customer's side of wallet promotions, which the API serves together. */
    public record CustomerPromotions(ViewOffers viewOffers, ClaimCoupon claimCoupon, ViewMyCoupons viewMyCoupons,
                                     ViewMyPoints viewMyPoints) {
    }

    /**
     * The in-ports that finish a login held on a device the account does not trust, and where new devices get their
     * token.
     *
     * @param newDeviceTokens fresh random device tokens, from the store's secure source
     */
    public record NewDeviceLogins(FindNewDeviceLogin find, VerifyNewDevice verify, ResendNewDeviceCode resend,
                                  Supplier<String> newDeviceTokens) {
    }

    public void register(RoutesConfig routes) {
        var router = new ApiRouter(routes);
        openApi.register(router);
        tokens.register(router);
        products.register(router);
        cart.register(router);
        orders.register(router);
        payments.register(router);
        promotions.register(router);
        paymentOptions.register(router);
        reconfirmations.register(router);
        routes.after(PREFIX + "/*", new ApiFallback(router)::finish);
    }
}
