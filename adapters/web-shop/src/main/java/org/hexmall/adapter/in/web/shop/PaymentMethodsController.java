package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.application.port.in.wallet.PaymentMethods;
import org.hexmall.application.port.in.wallet.SetPreferredWallet;
import org.hexmall.application.port.in.wallet.UnbindWallet;
import org.hexmall.application.port.in.wallet.Unbinding;
import org.hexmall.application.port.in.wallet.ViewPaymentMethods;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Account &amp; security → Payment methods (支付方式): the bound wallets, unbinding one (after a
 * confirmation) and choosing the preferred one.
 */
public final class PaymentMethodsController {

    static final String PAGE = "/account/security/payment-methods";

    private final ViewPaymentMethods viewPaymentMethods;
    private final UnbindWallet unbindWallet;
    private final SetPreferredWallet setPreferredWallet;
    private final PageRenderer pages;

    public PaymentMethodsController(ViewPaymentMethods viewPaymentMethods, UnbindWallet unbindWallet,
                                    SetPreferredWallet setPreferredWallet, PageRenderer pages) {
        this.viewPaymentMethods = viewPaymentMethods;
        this.unbindWallet = unbindWallet;
        this.setPreferredWallet = setPreferredWallet;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get(PAGE, this::list);
        routes.get(PAGE + "/bindings/{binding}/bound", this::bound);
        routes.get(PAGE + "/bindings/{binding}/unbind", this::confirmUnbind);
        routes.post(PAGE + "/bindings/{binding}/unbind", this::unbind);
        routes.post(PAGE + "/bindings/{binding}/preferred", this::prefer);
    }

    private void list(Context ctx) {
        PaymentMethods methods = viewPaymentMethods.view(CustomerAccess.customerOf(ctx));
        pages.render(ctx, "shop/payment-methods", Map.of(
                "methods", methods,
                "unbound", ctx.queryParam("unbound") != null,
                "preferredChanged", ctx.queryParam("preferred") != null,
                "unchanged", ctx.queryParam("unchanged") != null,
                "reconfirmRefused", ctx.queryParam("reconfirm-refused") != null,
                "reconfirmUnavailable", ctx.queryParam("reconfirm-unavailable") != null));
    }

    /** The confirmation after the wallet app: "Alipay 138****0001 is now bound to your account". */
    private void bound(Context ctx) {
        Optional<BoundWallet> wallet = wallet(ctx);
        if (wallet.isEmpty()) {
            ctx.redirect(PAGE);
            return;
        }
        Optional<WalletProvider> replaced = WalletProvider.fromName(ctx.queryParam("replaced"));
        // Bound from an order's payment page: the page leads back to paying it.
        String payOrder = OrderBeingPaid.of(ctx).map(OrderBeingPaid::paymentPage).orElse("");
        pages.render(ctx, "shop/wallet-bound", Map.of("wallet", wallet.get(), "replaced", replaced,
                "payOrder", payOrder));
    }

    private void confirmUnbind(Context ctx) {
        Optional<BoundWallet> wallet = wallet(ctx);
        if (wallet.isEmpty()) {
            ctx.redirect(PAGE);
            return;
        }
        pages.render(ctx, "shop/unbind", Map.of("wallet", wallet.get()));
    }

    /** From a phone trusted only recently, the wallet app re-confirms the wallet first, then the unbinding goes on. */
    private void unbind(Context ctx) {
        Unbinding unbinding = BindingId.parse(ctx.pathParam("binding"))
                .map(id -> unbindWallet.unbind(CustomerAccess.customerOf(ctx), id, CustomerAccess.deviceOf(ctx),
                        PaymentController.reconfirmationReturn(ctx), ctx.ip()))
                .orElseGet(Unbinding.NotBound::new);
        answer(ctx, unbinding);
    }

    /** Where an unbinding leads: back to Payment methods saying what changed, or to the wallet app. */
    static void answer(Context ctx, Unbinding unbinding) {
        switch (unbinding) {
            case Unbinding.Unbound unbound -> ctx.redirect(PAGE + "?unbound");
            case Unbinding.NotBound notBound -> ctx.redirect(PAGE + "?unchanged");
            case Unbinding.ReconfirmFirst reconfirm -> ctx.redirect(reconfirm.walletPage().toString(),
                    HttpStatus.SEE_OTHER);
            case Unbinding.ReconfirmationUnavailable unavailable -> ctx.redirect(PAGE + "?reconfirm-unavailable");
        }
    }

    private void prefer(Context ctx) {
        boolean preferred = BindingId.parse(ctx.pathParam("binding"))
                .map(id -> setPreferredWallet.prefer(CustomerAccess.customerOf(ctx), id))
                .orElse(false);
        ctx.redirect(PAGE + (preferred ? "?preferred" : "?unchanged"));
    }

    private Optional<BoundWallet> wallet(Context ctx) {
        Optional<BindingId> id = BindingId.parse(ctx.pathParam("binding"));
        return id.flatMap(bindingId -> viewPaymentMethods.view(CustomerAccess.customerOf(ctx)).wallets().stream()
                .filter(wallet -> wallet.id().equals(bindingId))
                .findFirst());
    }
}
