package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.catalog.SearchCatalog;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.SearchTerms;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Page;

/**
 * {@code GET /search?q=…&page=…}: the products whose name or category holds every word of the header's search box, in
 * either language, as the same cards as the catalog, a page of {@link #PAGE_SIZE} at a time. A search the store
 * cannot run (nothing typed, too long) is answered on the same page with what to change.
 */
public final class SearchController {

    public static final String PATH = "/search";
    static final int PAGE_SIZE = 24;

    private final SearchCatalog searchCatalog;
    private final PageRenderer pages;

    public SearchController(SearchCatalog searchCatalog, PageRenderer pages) {
        this.searchCatalog = searchCatalog;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::search);
    }

    private void search(Context ctx) {
        String typed = ctx.queryParam("q");
        Map<String, Object> model = new HashMap<>();
        // The box shows what was typed again, cut to what it accepts, so a very long address does not fill the page.
        model.put("searchQuery", typed == null ? "" : firstCodePoints(typed.strip(), SearchTerms.MAX_LENGTH));
        SearchTerms terms;
        try {
            terms = SearchTerms.parse(typed);
        } catch (DomainException refused) {
            model.put("problem", pages.message(ctx, "error." + refused.code(), refused.arguments().toArray()));
            pages.render(ctx, "shop/search", model);
            return;
        }
        Page<Product> found = searchCatalog.search(terms, pageNumber(ctx.queryParam("page")), PAGE_SIZE);
        model.put("terms", terms.text());
        model.put("found", found);
        pages.render(ctx, "shop/search", model);
    }

    /** A page number from the address; anything else (missing, not a number, out of range) is the first page. */
    private static int pageNumber(String text) {
        if (text == null || text.length() > 6 || !text.chars().allMatch(c -> c >= '0' && c <= '9') || text.isEmpty()) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(text));
    }

    private static String firstCodePoints(String text, int count) {
        return text.codePointCount(0, text.length()) <= count ? text
                : text.substring(0, text.offsetByCodePoints(0, count));
    }
}
