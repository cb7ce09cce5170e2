package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.risk.LiftRiskHold;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.application.port.in.support.ClearLoginLock;
import org.hexmall.application.port.in.support.FreezeAccount;
import org.hexmall.domain.account.CustomerId;

/**
 * The agent's actions on a customer's account itself, on the customer's page: clearing a login lock for a customer
 * who locked themselves out, lifting the risk holds on it, and freezing or unfreezing the account. A reason is
 * required, and each action is audited.
 */
public final class AccountSupportController {

    /** The forms whose errors the customer's page shows beside their own reason field. */
    static final String LOGIN_LOCK_FORM = "login-lock";
    static final String ACCOUNT_STATUS_FORM = "account-status";
    static final String RISK_HOLD_FORM = "risk-hold";

    private final ClearLoginLock clearLoginLock;
    private final FreezeAccount freezeAccount;
    private final LiftRiskHold liftRiskHold;
    private final CustomerPage customerPage;

    public AccountSupportController(ClearLoginLock clearLoginLock, FreezeAccount freezeAccount,
                                    LiftRiskHold liftRiskHold, CustomerPage customerPage) {
        this.customerPage = customerPage;
        this.clearLoginLock = clearLoginLock;
        this.freezeAccount = freezeAccount;
        this.liftRiskHold = liftRiskHold;
    }

    public void register(RoutesConfig routes) {
        routes.post("/admin/customers/{id}/login-lock/clear", ctx -> act(ctx, LOGIN_LOCK_FORM,
                command -> clearLoginLock.clear(command) ? "lock-cleared" : "lock-not-cleared"));
        routes.post("/admin/customers/{id}/risk-hold/lift", ctx -> act(ctx, RISK_HOLD_FORM,
                command -> liftRiskHold.lift(command) ? "hold-lifted" : "hold-not-lifted"));
        routes.post("/admin/customers/{id}/freeze", ctx -> act(ctx, ACCOUNT_STATUS_FORM,
                command -> freezeAccount.freeze(command) ? "frozen" : "status-unchanged"));
        routes.post("/admin/customers/{id}/unfreeze", ctx -> act(ctx, ACCOUNT_STATUS_FORM,
                command -> freezeAccount.unfreeze(command) ? "unfrozen" : "status-unchanged"));
    }

    /**
     * Reads the agent's reason, runs the action, and goes back to the customer's page with what came of it; a missing
     * reason leads back to the page at an address that shows the form's error and what was typed, which a reload
     * does not send again.
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
            customerPage.refuse(ctx, customerId.get(), invalid, form, Map.of("reason", reasonOf(ctx)), "");
            return;
        }
        ctx.redirect("/admin/customers/" + customerId.get() + "?" + outcome.apply(command));
    }

    static String reasonOf(Context ctx) {
        return ctx.formParam("reason") == null ? "" : ctx.formParam("reason");
    }
}
