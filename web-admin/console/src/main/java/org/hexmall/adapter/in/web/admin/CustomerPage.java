package org.hexmall.adapter.in.web.admin;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.account.ListDevices;
import org.hexmall.application.port.in.risk.ListRiskAlerts;
import org.hexmall.application.port.in.support.CustomerTimeline;
import org.hexmall.application.port.in.support.ViewCustomerDetails;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.ContactChannel;

/**
 * The console's page of one customer, whole: their details, devices and risk alerts. Shown by the lookup, and shown
 * again by every agent form on it that was refused, with what to fix beside the field of that form only
 * ({@code failedForm} names it: a binding's id for its unbind form, {@code login-lock} for the lock's, and so on), so
 * that a refused form never leaves the agent a page with parts missing.
 */
public final class CustomerPage {

    private final ViewCustomerDetails viewCustomerDetails;
    private final ListDevices listDevices;
    private final ListRiskAlerts listRiskAlerts;
    private final PageRenderer pages;
    private final Clock clock;

    /** @param clock tells which of the alerts asking for a proof can no longer get one */
    public CustomerPage(ViewCustomerDetails viewCustomerDetails, ListDevices listDevices,
                        ListRiskAlerts listRiskAlerts, PageRenderer pages, Clock clock) {
        this.clock = clock;
        this.viewCustomerDetails = viewCustomerDetails;
        this.listDevices = listDevices;
        this.listRiskAlerts = listRiskAlerts;
        this.pages = pages;
    }

    /** The page with the notices its query names (after an action that went through); 404 for no such customer. */
    void render(Context ctx, CustomerId customerId, Map<String, Boolean> notices) {
        Optional<Map<String, Object>> model = model(customerId,
                CustomerTimeline.Query.of(ctx.queryParams("kind"), ctx.queryParam("page")));
        if (model.isEmpty()) {
            ctx.status(404);
            return;
        }
        model.get().putAll(notices);
        pages.render(ctx, "admin/customer", model.get());
    }

    /** The page again after {@code failedForm} was refused, with the reasons beside that form's fields. */
    void renderWithErrors(Context ctx, CustomerId customerId, InvalidCommandException invalid, String failedForm) {
        Optional<Map<String, Object>> model = model(customerId, CustomerTimeline.Query.FIRST_PAGE_OF_ALL);
        if (model.isEmpty()) {
            ctx.status(404);
            return;
        }
        model.get().put("errors", FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)));
        model.get().put("failedForm", failedForm);
        pages.render(ctx, 422, "admin/customer", model.get());
    }

    private Optional<Map<String, Object>> model(CustomerId customerId, CustomerTimeline.Query timeline) {
        return viewCustomerDetails.view(customerId, timeline).map(details -> {
            Map<String, Object> model = new HashMap<>();
            model.put("customer", details);
            model.put("devices", listDevices.list(customerId, Optional.empty()));
            model.put("customerAlerts", listRiskAlerts.ofCustomer(customerId));
            model.put("alertsSeenAt", clock.instant());
            model.put("errors", Map.of());
            model.put("failedForm", "");
            model.put("noteChannels", ContactChannel.values());
            model.put("timelineKinds", CustomerTimeline.Kind.values());
            return model;
        });
    }
}
