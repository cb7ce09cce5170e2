package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.catalog.BrowseCatalog;
import org.hexmall.application.port.in.catalog.ViewProduct;
import org.hexmall.application.port.in.promotion.ShownOffer;
import org.hexmall.application.port.in.promotion.ViewOffers;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.security.Principal;

/**
 * The shop's home page, a grid of the products on sale (all, or one category), and each product's page with the
 * wallet offers that cover it.
 */
public final class CatalogController {

    private final BrowseCatalog browseCatalog;
    private final ViewProduct viewProduct;
    private final ViewOffers viewOffers;
    private final PageRenderer pages;

    public CatalogController(BrowseCatalog browseCatalog, ViewProduct viewProduct, ViewOffers viewOffers,
                             PageRenderer pages) {
        this.browseCatalog = browseCatalog;
        this.viewProduct = viewProduct;
        this.viewOffers = viewOffers;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", this::home);
        routes.get("/products/{id}", this::product);
    }

    private void home(Context ctx) {
        // An unknown category in the address is no error: the visitor simply sees everything.
        Optional<Category> category = Arrays.stream(Category.values())
                .filter(candidate -> candidate.name().equals(ctx.queryParam("category")))
                .findFirst();
        pages.render(ctx, "shop/home", Map.of(
                "products", browseCatalog.browse(category),
                "categories", List.of(Category.values()),
                "selected", category.map(Category::name).orElse("")));
    }

    private void product(Context ctx) {
        Optional<Product> product = productId(ctx.pathParam("id")).flatMap(viewProduct::view);
        if (product.isEmpty()) {
            ctx.status(404);
            return;
        }
        Optional<CustomerId> customer = Optional.of(WebSessions.current(ctx).principal())
                .filter(Principal.Customer.class::isInstance).map(Principal.Customer.class::cast)
                .map(Principal.Customer::customerId);
        Map<String, Object> model = productPage(product.get(), viewOffers.forProduct(product.get(), customer),
                Map.of(), null, "1");
        model.putAll(PromotionsController.claimOutcome(ctx, pages));
        pages.render(ctx, "shop/product", model);
    }

    /**
     * The product page's model, with the wallet offers that cover the product; the cart shows the same page again
     * when adding to the cart failed.
     */
    static Map<String, Object> productPage(Product product, List<ShownOffer> offers, Map<String, String> errors,
                                           String problem, String quantity) {
        Map<String, Object> model = new HashMap<>();
        model.put("product", product);
        model.put("productOffers", offers);
        model.put("errors", errors);
        model.put("problem", problem);
        model.put("quantity", quantity);
        return model;
    }

    /** Reads a product id from a URL segment or form; empty when the text is not one. */
    static Optional<ProductId> productId(String text) {
        try {
            return Optional.of(new ProductId(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }
}
