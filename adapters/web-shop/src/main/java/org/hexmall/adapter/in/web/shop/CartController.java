package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.catalog.ViewProduct;
import org.hexmall.application.port.in.checkout.CartChange;
import org.hexmall.application.port.in.checkout.CartView;
import org.hexmall.application.port.in.checkout.ChangeCart;
import org.hexmall.application.port.in.checkout.SettleCart;
import org.hexmall.application.port.in.checkout.Settlement;
import org.hexmall.application.port.in.checkout.ViewCart;
import org.hexmall.application.port.in.promotion.ViewOffers;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.shared.DomainException;

/**
 * The shopping cart (购物车): putting a product in it, changing how many, taking it out, and settling
 * (结算) the cart into an order. A change the cart refuses comes back as a message on the same page. The cart shows
 * the wallet offers its lines could have, and how much more to spend for each threshold not yet reached.
 */
public final class CartController {

    private static final String PAGE = "/cart";

    private final ViewCart viewCart;
    private final ChangeCart changeCart;
    private final SettleCart settleCart;
    private final ViewProduct viewProduct;
    private final ViewOffers viewOffers;
    private final PageRenderer pages;

    public CartController(ViewCart viewCart, ChangeCart changeCart, SettleCart settleCart, ViewProduct viewProduct,
                          ViewOffers viewOffers, PageRenderer pages) {
        this.viewCart = viewCart;
        this.changeCart = changeCart;
        this.settleCart = settleCart;
        this.viewProduct = viewProduct;
        this.viewOffers = viewOffers;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get(PAGE, ctx -> showCart(ctx, 200, Map.of(), null));
        routes.post(PAGE + "/add", this::add);
        routes.post(PAGE + "/settle", this::settle);
        routes.post(PAGE + "/{productId}/quantity", this::setQuantity);
        routes.post(PAGE + "/{productId}/remove", this::remove);
    }

    private void add(Context ctx) {
        Optional<ProductId> productId = CatalogController.productId(ctx.formParam("productId"));
        if (productId.isEmpty()) {
            ctx.status(404);
            return;
        }
        try {
            int quantity = CartChange.quantityFromForm(ctx.formParam("quantity"), 1);
            changeCart.change(new CartChange.Add(CustomerAccess.customerOf(ctx), productId.get(), quantity));
        } catch (InvalidCommandException invalid) {
            showProduct(ctx, productId.get(), FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)),
                    null);
            return;
        } catch (DomainException refused) {
            showProduct(ctx, productId.get(), Map.of(), problem(ctx, refused));
            return;
        }
        ctx.redirect(PAGE + "?added");
    }

    private void setQuantity(Context ctx) {
        Optional<ProductId> productId = CatalogController.productId(ctx.pathParam("productId"));
        if (productId.isEmpty()) {
            ctx.status(404);
            return;
        }
        try {
            // Zero is allowed here: it takes the product out of the cart.
            int quantity = CartChange.quantityFromForm(ctx.formParam("quantity"), 0);
            changeCart.change(new CartChange.SetQuantity(CustomerAccess.customerOf(ctx), productId.get(), quantity));
        } catch (InvalidCommandException invalid) {
            // The cart has a quantity field per line, so the error is shown beside the line's own field.
            showCart(ctx, 422, Map.of(productId.get().value(),
                    FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)).get("quantity")), null);
            return;
        } catch (DomainException refused) {
            showCart(ctx, 422, Map.of(), problem(ctx, refused));
            return;
        }
        ctx.redirect(PAGE);
    }

    private void remove(Context ctx) {
        Optional<ProductId> productId = CatalogController.productId(ctx.pathParam("productId"));
        if (productId.isEmpty()) {
            ctx.status(404);
            return;
        }
        changeCart.change(new CartChange.Remove(CustomerAccess.customerOf(ctx), productId.get()));
        ctx.redirect(PAGE);
    }

    /**
     * The cart's form carries a one-time key, so a double click or a resent form leads to the order the first
     * press made, not to an empty cart.
     */
    private void settle(Context ctx) {
        Optional<IdempotencyKey> key = PaymentController.oneTimeKey(ctx.formParam("key")).map(IdempotencyKey::new);
        switch (settleCart.settle(CustomerAccess.customerOf(ctx), key)) {
            case Settlement.Settled settled -> ctx.redirect("/orders/" + settled.orderId());
            case Settlement.EmptyCart empty -> ctx.redirect(PAGE + "?nothing-to-settle");
            // The page's key is used once per page: a key sent with another request shows the cart as it is.
            case Settlement.KeyReused reused -> ctx.redirect(PAGE);
        }
    }

    /**
     * The cart page.
     *
     * @param quantityErrors a message per product id, shown beside that line's quantity field
     * @param problem        what went wrong with the cart as a whole, or null
     */
    private void showCart(Context ctx, int status, Map<String, String> quantityErrors, String problem) {
        CustomerId customer = CustomerAccess.customerOf(ctx);
        Map<String, Object> model = new HashMap<>();
        CartView cart = viewCart.view(customer);
        model.put("cart", cart);
        model.put("cartBadge", CartBadge.counted(cart.itemCount()));
        model.put("cartOffers", viewOffers.forCart(cart, customer));
        model.put("quantityErrors", quantityErrors);
        model.put("problem", problem);
        // What was typed comes back in the field that was wrong, so the customer sees what to fix.
        model.put("typedQuantity", ctx.formParam("quantity") == null ? "" : ctx.formParam("quantity"));
        model.put("added", ctx.queryParam("added") != null);
        model.put("nothingToSettle", ctx.queryParam("nothing-to-settle") != null);
        model.put("oneTimeKey", UUID.randomUUID().toString());
        pages.render(ctx, status, "shop/cart", model);
    }

    /** The product page again, after adding to the cart failed; the cart page if the product is gone. */
    private void showProduct(Context ctx, ProductId productId, Map<String, String> errors, String problem) {
        Optional<Product> product = viewProduct.view(productId);
        if (product.isEmpty()) {
            showCart(ctx, 422, Map.of(), pages.message(ctx, "error.cart.unknown-product"));
            return;
        }
        String typed = ctx.formParam("quantity") == null ? "" : ctx.formParam("quantity");
        Map<String, Object> model = CatalogController.productPage(product.get(),
                viewOffers.forProduct(product.get(), Optional.of(CustomerAccess.customerOf(ctx))), errors, problem,
                typed);
        model.putAll(PromotionsController.claimOutcome(ctx, pages));
        pages.render(ctx, 422, "shop/product", model);
    }

    /** The message for a rule of the cart that refused the change, such as "at most 99". */
    private String problem(Context ctx, DomainException refused) {
        return pages.message(ctx, "error." + refused.code(), refused.arguments().toArray());
    }
}
