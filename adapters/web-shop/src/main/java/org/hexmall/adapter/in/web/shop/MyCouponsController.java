package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.promotion.CouponTab;
import org.hexmall.application.port.in.promotion.MyCoupons;
import org.hexmall.application.port.in.promotion.ViewMyCoupons;

/**
 * My account → "My coupons" (我的优惠券): the customer's own coupons and vouchers on three tabs, available, used and
 * expired, a page at a time. The customer is always the session's: no address names another.
 */
public final class MyCouponsController {

    static final String PATH = "/account/coupons";

    private final ViewMyCoupons viewMyCoupons;
    private final PageRenderer pages;

    public MyCouponsController(ViewMyCoupons viewMyCoupons, PageRenderer pages) {
        this.viewMyCoupons = viewMyCoupons;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::coupons);
    }

    private void coupons(Context ctx) {
        Optional<CouponTab> tab = tab(ctx.queryParam("tab"));
        Optional<Integer> page = ActivityController.pageNumber(ctx.queryParam("page"));
        Map<String, Object> model = new HashMap<>();
        model.put("tabs", List.of(CouponTab.values()));
        model.put("tab", tab.orElse(CouponTab.AVAILABLE));
        if (tab.isEmpty() || page.isEmpty()) {
            model.put("problem", pages.message(ctx, "my-coupons.page.invalid"));
            pages.render(ctx, 400, "shop/my-coupons", model);
            return;
        }
        MyCoupons coupons = viewMyCoupons.view(CustomerAccess.customerOf(ctx), tab.get(), page.get());
        model.put("coupons", coupons);
        pages.render(ctx, "shop/my-coupons", model);
    }

    /** No tab in the address is the first one; a tab is named in lower case, as the links name it. */
    private static Optional<CouponTab> tab(String parameter) {
        if (parameter == null) {
            return Optional.of(CouponTab.AVAILABLE);
        }
        return Arrays.stream(CouponTab.values())
                .filter(tab -> tab.name().toLowerCase(Locale.ROOT).equals(parameter.strip()))
                .findFirst();
    }
}
