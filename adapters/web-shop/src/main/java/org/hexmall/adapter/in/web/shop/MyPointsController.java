package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.promotion.MyPoints;
import org.hexmall.application.port.in.promotion.ViewMyPoints;

/**
 * My account → "My points" (我的积分): the balance, what 100 points are worth at the payment page, and the ledger,
 * newest first, a page at a time.
 */
public final class MyPointsController {

    static final String PATH = "/account/points";

    private final ViewMyPoints viewMyPoints;
    private final PageRenderer pages;

    public MyPointsController(ViewMyPoints viewMyPoints, PageRenderer pages) {
        this.viewMyPoints = viewMyPoints;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::points);
    }

    private void points(Context ctx) {
        Optional<Integer> page = ActivityController.pageNumber(ctx.queryParam("page"));
        Map<String, Object> model = new HashMap<>();
        model.put("pointsPerYuan", MyPoints.POINTS_PER_YUAN);
        if (page.isEmpty()) {
            model.put("problem", pages.message(ctx, "my-points.page.invalid"));
            pages.render(ctx, 400, "shop/my-points", model);
            return;
        }
        model.put("points", viewMyPoints.view(CustomerAccess.customerOf(ctx), page.get()));
        pages.render(ctx, "shop/my-points", model);
    }
}
