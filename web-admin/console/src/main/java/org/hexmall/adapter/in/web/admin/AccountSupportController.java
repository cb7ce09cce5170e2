package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.application.port.in.support.ClearLoginLock;
import org.hexmall.application.port.in.support.FreezeAccount;
import org.hexmall.domain.account.CustomerId;

/**
 * The agent's actions on a customer's account itself, on the customer's page: clearing a login lock for a customer
 * who locked themselves out, and freezing or unfreezing the account. A reason is required, and each action is
 * audited.
 */
public final class AccountSupportController {

    /** The forms whose errors the customer's page shows beside their own reason field. */
    static final String LOGIN_LOCK_FORM = "login-lock";
    static final String ACCOUNT_STATUS_FORM = "account-status";

    private final ClearLoginLock clearLoginLock;
    private final FreezeAccount freezeAccount;
    private final CustomerPage customerPage;

    public AccountSupportController(ClearLoginLock clearLoginLock, FreezeAccount freezeAccount,
                                    CustomerPage customerPage) {
        this.clearLoginLock = clearLoginLock;
        this.freezeAccount = freezeAccount;
        this.customerPage = customerPage;
    }

    public void register(RoutesConfig routes) {
        routes.post("/admin/customers/{id}/login-lock/clear", ctx -> act(ctx, LOGIN_LOCK_FORM,
                command -> clearLoginLock.clear(command) ? "lock-cleared" : "lock-not-cleared"));
        routes.post("/admin/customers/{id}/freeze", ctx -> act(ctx, ACCOUNT_STATUS_FORM,
                command -> freezeAccount.freeze(command) ? "frozen" : "status-unchanged"));
        routes.post("/admin/customers/{id}/unfreeze", ctx -> act(ctx, ACCOUNT_STATUS_FORM,
                command -> freezeAccount.unfreeze(command) ? "unfrozen" : "status-unchanged"));
    }

    /**
     * Reads the agent's reason, runs the action, and goes back to the customer's page with what came of it; a missing
     * reason shows the page again with the form's error.
     *
     * @param outcome runs the action and names the notice the page shows after it
     */
    private void act(Context ctx, String form, Function<AccountSupportCommand, String> outcome) {
        Optional<CustomerId> customerId = CustomerId.parse(ctx.pathParam("id"));
        if (customerId.isEmpty()) {
            ctx.status(404);
            return;
        }
        AccountSupportCommand command;
        try {
            command = AccountSupportCommand.fromForm(AgentAccess.agentOf(ctx), customerId.get(),
                    ctx.formParam("reason"));
        } catch (InvalidCommandException invalid) {
            customerPage.renderWithErrors(ctx, customerId.get(), invalid, form);
            return;
        }
        ctx.redirect("/admin/customers/" + customerId.get() + "?" + outcome.apply(command));
    }
}
