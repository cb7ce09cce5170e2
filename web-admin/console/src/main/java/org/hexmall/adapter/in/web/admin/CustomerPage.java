package org.hexmall.adapter.in.web.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.SafeRedirects;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.account.ListDevices;
import org.hexmall.application.port.in.risk.ListRiskAlerts;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.application.port.in.support.AddCaseNoteCommand;
import org.hexmall.application.port.in.support.CustomerTimeline;
import org.hexmall.application.port.in.support.ViewCustomerDetails;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.ContactChannel;

/**
 * The console's page of one customer, whole: their details, devices and risk alerts. Shown by the lookup, and shown
 * again by every agent form on it that was refused, with what to fix beside the field of that form only
 * ({@code failedForm} names it: a binding's id for its unbind form, {@code login-lock} for the lock's, and so on), so
 * that a refused form never leaves the agent a page with parts missing.
 */
public final class CustomerPage {

    /** The query parameter that names the refused form; the others carry what the agent entered in it. */
    static final String REFUSED = "refused";
    /** A device's revoke form is named by this and the device's id. */
    static final String DEVICE_FORM_PREFIX = "device-";
    private static final List<String> ENTERED_FIELDS = List.of("reason", "channel", "summary");

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

    /**
     * The page again after {@code failedForm} was refused, with the reasons beside that form's fields and what the
     * agent had entered in them, as the address carries it.
     */
    void renderWithErrors(Context ctx, CustomerId customerId, InvalidCommandException invalid, String failedForm) {
        renderWithErrors(ctx, customerId, invalid, failedForm, entered(ctx::queryParam));
    }

    private void renderWithErrors(Context ctx, CustomerId customerId, InvalidCommandException invalid,
                                  String failedForm, Map<String, String> entered) {
        Optional<Map<String, Object>> model = model(customerId, CustomerTimeline.Query.FIRST_PAGE_OF_ALL);
        if (model.isEmpty()) {
            ctx.status(404);
            return;
        }
        model.get().put("errors", FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)));
        model.get().put("failedForm", failedForm);
        model.get().put("entered", entered);
        pages.render(ctx, 422, "admin/customer", model.get());
    }

    /**
     * Answers a refused form: with a redirect to the address that shows it refused ({@link #refusedPath}), which a
     * reload does not send again, or, when what the agent entered is too long for an address (a long pasted note), with
     * that page at once. Such an address would not fit in the answer's headers, nor in the browser's next request.
     */
    void refuse(Context ctx, CustomerId customerId, InvalidCommandException invalid, String form,
                Map<String, String> values, String anchor) {
        refuse(ctx, refusedPath(customerId, form, values, anchor), customerId, invalid, form, values);
    }

    /**
     * Answers a refused form with a redirect to {@code address}, which shows it refused and which a reload does not
     * send again, or, when that address would be too long ({@link SafeRedirects#fitsAnAddress}), with this page at
     * once, the reasons beside {@code form}'s fields and what the agent entered in them.
     */
    void refuse(Context ctx, String address, CustomerId customerId, InvalidCommandException invalid, String form,
                Map<String, String> values) {
        if (SafeRedirects.fitsAnAddress(address)) {
            ctx.redirect(address, HttpStatus.SEE_OTHER);
            return;
        }
        renderWithErrors(ctx, customerId, invalid, form, entered(values::get));
    }

    /** What the agent entered in each field a refused form can have, blank where it has none. */
    private static Map<String, String> entered(Function<String, String> valueOf) {
        Map<String, String> entered = new HashMap<>();
        for (String field : ENTERED_FIELDS) {
            entered.put(field, Objects.requireNonNullElse(valueOf.apply(field), ""));
        }
        return entered;
    }

    /**
     * The page at the address a refused form leads to ({@link #refusedPath}): the form's values are checked again as
     * the form's own handler checks them, and what is wrong is shown beside them. A reload shows the same and sends
     * nothing. An address naming no form of the page, or values that would have passed, shows the page as it is.
     */
    void renderRefused(Context ctx, CustomerId customerId, AgentId agent) {
        String form = Objects.requireNonNullElse(ctx.queryParam(REFUSED), "");
        try {
            if (CaseNoteController.CASE_NOTE_FORM.equals(form)) {
                AddCaseNoteCommand.fromForm(agent, customerId, ctx.queryParam("channel"), ctx.queryParam("summary"));
            } else if (isReasonForm(form)) {
                AccountSupportCommand.fromForm(agent, customerId, ctx.queryParam("reason"));
            }
        } catch (InvalidCommandException invalid) {
            renderWithErrors(ctx, customerId, invalid, form);
            return;
        }
        render(ctx, customerId, Map.of());
    }

    /**
     * The address of the customer's page that shows {@code form} refused, with the {@code values} the agent entered
     * (reasons and notes, nothing secret), scrolled to {@code anchor} if not empty.
     */
    private static String refusedPath(CustomerId customerId, String form, Map<String, String> values, String anchor) {
        StringBuilder path = new StringBuilder("/admin/customers/").append(customerId)
                .append('?').append(REFUSED).append('=').append(encoded(form));
        for (String field : ENTERED_FIELDS) {
            if (values.containsKey(field)) {
                path.append('&').append(field).append('=').append(encoded(values.get(field)));
            }
        }
        return path + (anchor.isEmpty() ? "" : "#" + anchor);
    }

    private static boolean isReasonForm(String form) {
        return AccountSupportController.LOGIN_LOCK_FORM.equals(form)
                || AccountSupportController.ACCOUNT_STATUS_FORM.equals(form)
                || AccountSupportController.RISK_HOLD_FORM.equals(form)
                || form.startsWith(DEVICE_FORM_PREFIX)
                && DeviceId.parse(form.substring(DEVICE_FORM_PREFIX.length())).isPresent();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Optional<Map<String, Object>> model(CustomerId customerId, CustomerTimeline.Query timeline) {
        return viewCustomerDetails.view(customerId, timeline).map(details -> {
            Map<String, Object> model = new HashMap<>();
            model.put("customer", details);
            model.put("devices", listDevices.list(customerId, Optional.empty()));
            ListRiskAlerts.CustomerAlerts alerts = listRiskAlerts.ofCustomerWithHolds(customerId);
            model.put("customerAlerts", alerts.alerts());
            model.put("activeHolds", alerts.activeHolds());
            model.put("alertsSeenAt", clock.instant());
            model.put("errors", Map.of());
            model.put("failedForm", "");
            model.put("entered", Map.of());
            model.put("noteChannels", ContactChannel.values());
            model.put("timelineKinds", CustomerTimeline.Kind.values());
            return model;
        });
    }
}
