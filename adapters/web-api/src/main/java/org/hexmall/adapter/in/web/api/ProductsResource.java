package org.hexmall.adapter.in.web.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hexmall.adapter.in.web.api.Problem.FieldProblem;
import org.hexmall.application.port.in.catalog.BrowseCatalog;
import org.hexmall.application.port.in.catalog.SearchCatalog;
import org.hexmall.application.port.in.catalog.ViewProduct;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.catalog.SearchTerms;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Page;

/**
 * {@code GET /api/v1/products} and {@code GET /api/v1/products/{id}}: the catalog, open to everyone as on
 * the shop's home page; with {@code ?q=} the products the shop's search box finds, paged by the search itself. {@link BrowseCatalog} answers the whole catalog (or one category) at once, so the
 * pages are cut here; a client that pages through it sees the same shape once the catalog grows.
 */
final class ProductsResource {

    static final String PATH = ApiRoutes.V1 + "/products";
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private final BrowseCatalog browseCatalog;
    private final SearchCatalog searchCatalog;
    private final ViewProduct viewProduct;

    ProductsResource(BrowseCatalog browseCatalog, SearchCatalog searchCatalog, ViewProduct viewProduct) {
        this.browseCatalog = browseCatalog;
        this.searchCatalog = searchCatalog;
        this.viewProduct = viewProduct;
    }

    void register(ApiRouter router) {
        router.get(PATH, this::list);
        router.get(PATH + "/{id}", this::one);
    }

    private void list(Context ctx) {
        List<FieldProblem> errors = new ArrayList<>();
        Optional<Category> category = category(ctx.queryParam("category"), errors);
        int page = number(ctx.queryParam("page"), "page", 1, Integer.MAX_VALUE, 1, errors);
        int size = number(ctx.queryParam("size"), "size", 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, errors);
        Optional<SearchTerms> terms = terms(ctx.queryParam("q"), errors);
        if (terms.isPresent() && category.isPresent()) {
            errors.add(new FieldProblem("q", "search.with-category"));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(Problems.invalidRequest(errors));
        }
        if (terms.isPresent()) {
            ApiResponses.json(ctx, 200, ProductJson.PageJson.of(searchCatalog.search(terms.get(), page, size)));
            return;
        }
        List<Product> all = browseCatalog.browse(category);
        long from = Math.min((long) (page - 1) * size, all.size());
        List<Product> items = all.subList((int) from, (int) Math.min(from + size, all.size()));
        ApiResponses.json(ctx, 200, ProductJson.PageJson.of(new Page<>(items, page, size, all.size())));
    }

    private void one(Context ctx) {
        Product product = productId(ctx.pathParam("id")).flatMap(viewProduct::view)
                .orElseThrow(() -> new ApiProblem(productNotFound()));
        ApiResponses.json(ctx, 200, ProductJson.of(product));
    }

    /** Reads a product id from the path; empty when the text is not one, which is answered as "not found". */
    static Optional<ProductId> productId(String text) {
        try {
            return Optional.of(new ProductId(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    static Problem productNotFound() {
        return Problems.notFound("product-not-found", "No product on sale has this id.");
    }

    /** A search, when {@code q} is given: what the shop's search box finds, with the same refusals as codes. */
    private static Optional<SearchTerms> terms(String text, List<FieldProblem> errors) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(SearchTerms.parse(text));
        } catch (DomainException refused) {
            errors.add(new FieldProblem("q", refused.code()));
            return Optional.empty();
        }
    }

    /** Unlike the shop's home page, which shows everything for an unknown category, the API says so. */
    private static Optional<Category> category(String text, List<FieldProblem> errors) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Category> category = Arrays.stream(Category.values())
                .filter(candidate -> candidate.name().equals(text.toUpperCase(Locale.ROOT)))
                .findFirst();
        if (category.isEmpty()) {
            errors.add(new FieldProblem("category", "category.unknown"));
        }
        return category;
    }

    static int number(String text, String parameter, int min, int max, int otherwise,
                     List<FieldProblem> errors) {
        if (text == null || text.isEmpty()) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
            errors.add(new FieldProblem(parameter, "range"));
        } catch (NumberFormatException notANumber) {
            errors.add(new FieldProblem(parameter, "type.integer"));
        }
        return otherwise;
    }
}
