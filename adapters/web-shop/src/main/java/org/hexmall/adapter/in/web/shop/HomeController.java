package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import org.hexmall.adapter.in.web.common.PageRenderer;

/** The storefront's home page. */
public final class HomeController {

    private final PageRenderer pages;

    public HomeController(PageRenderer pages) {
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> pages.render(ctx, "shop/home", Map.of()));
    }
}
