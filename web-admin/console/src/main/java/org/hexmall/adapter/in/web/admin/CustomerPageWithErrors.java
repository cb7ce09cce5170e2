package org.hexmall.adapter.in.web.admin;

import io.javalin.http.Context;
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
        Optional<CustomerDetails> details = viewCustomerDetails.view(customerId);
        if (details.isEmpty()) {
            ctx.status(404);
            return;
        }
        pages.render(ctx, 422, "admin/customer", Map.of(
                "customer", details.get(),
                "errors", FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)),
                "failedForm", failedForm));
    }
}
