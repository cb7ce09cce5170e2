package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.support.ForceUnbindCommand;
import org.hexmall.application.port.in.support.ForceUnbindWallet;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingId;

/** The agent's force-unbind on a customer's page: a reason is required, and the action is audited. */
public final class WalletSupportController {

    private final ForceUnbindWallet forceUnbindWallet;
    private final CustomerPage customerPage;

    public WalletSupportController(ForceUnbindWallet forceUnbindWallet, CustomerPage customerPage) {
        this.forceUnbindWallet = forceUnbindWallet;
        this.customerPage = customerPage;
    }

    public void register(RoutesConfig routes) {
        routes.post("/admin/customers/{id}/bindings/{binding}/force-unbind", this::forceUnbind);
    }

    private void forceUnbind(Context ctx) {
        Optional<CustomerId> customerId = CustomerId.parse(ctx.pathParam("id"));
        Optional<BindingId> bindingId = BindingId.parse(ctx.pathParam("binding"));
        if (customerId.isEmpty() || bindingId.isEmpty()) {
            ctx.status(404);
            return;
        }
        ForceUnbindCommand command;
        try {
            command = ForceUnbindCommand.fromForm(AgentAccess.agentOf(ctx), customerId.get(), bindingId.get(),
                    ctx.formParam("reason"));
        } catch (InvalidCommandException invalid) {
            customerPage.renderWithErrors(ctx, customerId.get(), invalid, bindingId.get().toString());
            return;
        }
        boolean unbound = forceUnbindWallet.forceUnbind(command);
        ctx.redirect("/admin/customers/" + customerId.get() + (unbound ? "?unbound" : "?not-unbound"));
    }
}
