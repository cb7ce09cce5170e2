package org.hexmall.adapter.in.web.admin;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.support.CustomerDetails;
import org.hexmall.application.port.in.support.ViewCustomerDetails;
import org.hexmall.domain.account.CustomerId;

/**
 * A customer's page shown again after an agent's form on it was refused, with what to fix beside the field of that
 * form only: {@code failedForm} names it (a binding's id for its unbind form, {@code login-lock} for the lock's).
 */
final class CustomerPageWithErrors {

    private CustomerPageWithErrors() {
    }

    static void render(Context ctx, PageRenderer pages, ViewCustomerDetails viewCustomerDetails, CustomerId customerId,
                       InvalidCommandException invalid, String failedForm) {
        render(ctx, pages, viewCustomerDetails, customerId, invalid, failedForm, Map.of());
    }

    /** As above, with more of the page's parts, such as its devices, that the customer's details do not hold. */
    static void render(Context ctx, PageRenderer pages, ViewCustomerDetails viewCustomerDetails, CustomerId customerId,
                       InvalidCommandException invalid, String failedForm, Map<String, ?> moreParts) {
        Optional<CustomerDetails> details = viewCustomerDetails.view(customerId);
        if (details.isEmpty()) {
            ctx.status(404);
            return;
        }
        Map<String, Object> model = new HashMap<>(moreParts);
        model.put("customer", details.get());
        model.put("errors", FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)));
        model.put("failedForm", failedForm);
        pages.render(ctx, 422, "admin/customer", model);
    }
}
