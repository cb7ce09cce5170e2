package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.support.ClearLoginLock;
import org.hexmall.application.port.in.support.ClearLoginLockCommand;
import org.hexmall.application.port.in.support.ViewCustomerDetails;
import org.hexmall.domain.account.CustomerId;

/**
 * The agent's actions on a customer's account itself, on the customer's page: clearing a login lock for a customer
 * who locked themselves out. A reason is required, and the action is audited.
 */
public final class AccountSupportController {

    /** The form whose errors the customer's page shows beside the lock's reason field. */
    static final String LOGIN_LOCK_FORM = "login-lock";

    private final ClearLoginLock clearLoginLock;
    private final ViewCustomerDetails viewCustomerDetails;
    private final PageRenderer pages;

    public AccountSupportController(ClearLoginLock clearLoginLock, ViewCustomerDetails viewCustomerDetails,
                                    PageRenderer pages) {
        this.clearLoginLock = clearLoginLock;
        this.viewCustomerDetails = viewCustomerDetails;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.post("/admin/customers/{id}/login-lock/clear", this::clearLock);
    }

    private void clearLock(Context ctx) {
        Optional<CustomerId> customerId = CustomerId.parse(ctx.pathParam("id"));
        if (customerId.isEmpty()) {
            ctx.status(404);
            return;
        }
        ClearLoginLockCommand command;
        try {
            command = ClearLoginLockCommand.fromForm(AgentAccess.agentOf(ctx), customerId.get(),
                    ctx.formParam("reason"));
        } catch (InvalidCommandException invalid) {
            CustomerPageWithErrors.render(ctx, pages, viewCustomerDetails, customerId.get(), invalid,
                    LOGIN_LOCK_FORM);
            return;
        }
        boolean cleared = clearLoginLock.clear(command);
        ctx.redirect("/admin/customers/" + customerId.get() + (cleared ? "?lock-cleared" : "?lock-not-cleared"));
    }
}
