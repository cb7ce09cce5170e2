package org.hexmall.adapter.in.web.api;

import io.javalin.http.Context;
import org.hexmall.application.port.in.checkout.CartChange;
import org.hexmall.application.port.in.checkout.ChangeCart;
import org.hexmall.application.port.in.checkout.ViewCart;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.shared.DomainException;

/**
 * The customer's cart: {@code GET /api/v1/cart}, and per product {@code PUT} (set how many; 0 takes it
 * out) and {@code DELETE}. Each answers the cart as it is afterwards, at today's prices. PUT and DELETE can
 * be sent twice with the same effect as once, so they need no idempotency key.
 */
final class CartResource {

    static final String PATH = ApiRoutes.V1 + "/cart";
    static final String ITEM = PATH + "/items/{productId}";

    private final ViewCart viewCart;
    private final ChangeCart changeCart;
    private final CustomerAuthentication authentication;

    CartResource(ViewCart viewCart, ChangeCart changeCart, CustomerAuthentication authentication) {
        this.viewCart = viewCart;
        this.changeCart = changeCart;
        this.authentication = authentication;
    }

    void register(ApiRouter router) {
        router.get(PATH, this::show);
        router.put(ITEM, this::setQuantity);
        router.delete(ITEM, this::remove);
    }

    private void show(Context ctx) {
        answerCart(ctx, authentication.customer(ctx));
    }

    private void setQuantity(Context ctx) {
        CustomerId customer = authentication.customer(ctx);
        ProductId product = productId(ctx);
        JsonBody body = JsonBody.required(ctx);
        Integer typed = body.integer("quantity", true);
        body.throwIfInvalid();
        // The cart's own rule for a quantity (0 to 99 here), reported on the field "quantity" as on the cart page.
        int quantity = CartChange.quantityFromForm(Integer.toString(typed), 0);
        // PUT sets the quantity whether or not the product is in the cart yet.
        try {
            changeCart.change(new CartChange.Put(customer, product, quantity));
        } catch (DomainException refused) {
            throw refused.code().equals("cart.unknown-product") ? new ApiProblem(ProductsResource.productNotFound())
                    : refused;
        }
        answerCart(ctx, customer);
    }

    private void remove(Context ctx) {
        CustomerId customer = authentication.customer(ctx);
        changeCart.change(new CartChange.Remove(customer, productId(ctx)));
        answerCart(ctx, customer);
    }

    private void answerCart(Context ctx, CustomerId customer) {
        ApiResponses.json(ctx, 200, CartJson.of(viewCart.view(customer)));
    }

    private static ProductId productId(Context ctx) {
        return ProductsResource.productId(ctx.pathParam("productId"))
                .orElseThrow(() -> new ApiProblem(ProductsResource.productNotFound()));
    }
}
