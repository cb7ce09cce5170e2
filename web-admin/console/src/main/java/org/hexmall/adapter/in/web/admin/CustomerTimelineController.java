package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.support.CustomerTimeline;
import org.hexmall.application.port.in.support.CustomerTimelinePage;
import org.hexmall.application.port.in.support.ViewCustomerTimeline;
import org.hexmall.domain.account.CustomerId;

/**
 * A customer's whole timeline, a page at a time, narrowed to the kinds the agent ticks: where the customer page's
 * timeline filter and its older pages lead.
 */
public final class CustomerTimelineController {

    private final ViewCustomerTimeline viewCustomerTimeline;
    private final PageRenderer pages;

    public CustomerTimelineController(ViewCustomerTimeline viewCustomerTimeline, PageRenderer pages) {
        this.viewCustomerTimeline = viewCustomerTimeline;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/customers/{id}/timeline", this::timeline);
    }

    private void timeline(Context ctx) {
        Optional<CustomerTimelinePage> page = CustomerId.parse(ctx.pathParam("id"))
                .flatMap(customerId -> viewCustomerTimeline.view(customerId,
                        CustomerTimeline.Query.of(ctx.queryParams("kind"), ctx.queryParam("page"))));
        if (page.isEmpty()) {
            ctx.status(404);
            return;
        }
        pages.render(ctx, "admin/customer-timeline", Map.of("profile", page.get().customer(),
                "tl", page.get().timeline(), "timelineKinds", CustomerTimeline.Kind.values()));
    }
}
