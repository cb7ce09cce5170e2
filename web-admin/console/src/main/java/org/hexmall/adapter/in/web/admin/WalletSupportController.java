package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.support.BindingRecord;
import org.hexmall.application.port.in.support.CustomerDetails;
import org.hexmall.application.port.in.support.ForceUnbindCommand;
import org.hexmall.application.port.in.support.ForceUnbindWallet;
import org.hexmall.application.port.in.support.ViewCustomerDetails;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingId;

/**
 * The agent's force-unbind on a customer's page, in two steps: the reason, then a page that names the wallet (its
 * masked account) and the reason for the agent to confirm. Only the confirmed form unbinds; it is audited. A refused
 * confirmation leads back to the first step's address, which says what to fix; only a reason too long for an address
 * is answered with the customer's page at once, showing the same.
 */
public final class WalletSupportController {

    private final ForceUnbindWallet forceUnbindWallet;
    private final ViewCustomerDetails viewCustomerDetails;
    private final CustomerPage customerPage;
    private final PageRenderer pages;

    public WalletSupportController(ForceUnbindWallet forceUnbindWallet, ViewCustomerDetails viewCustomerDetails,
                                   CustomerPage customerPage, PageRenderer pages) {
        this.forceUnbindWallet = forceUnbindWallet;
        this.viewCustomerDetails = viewCustomerDetails;
        this.customerPage = customerPage;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/customers/{id}/bindings/{binding}/force-unbind", this::confirm);
        routes.post("/admin/customers/{id}/bindings/{binding}/force-unbind", this::forceUnbind);
    }

    /** The confirmation step: which wallet of whom, and why; a missing reason shows the customer's page again. */
    private void confirm(Context ctx) {
        Optional<CustomerId> customerId = CustomerId.parse(ctx.pathParam("id"));
        Optional<BindingId> bindingId = BindingId.parse(ctx.pathParam("binding"));
        if (customerId.isEmpty() || bindingId.isEmpty()) {
            ctx.status(404);
            return;
        }
        Optional<ForceUnbindCommand> command = command(ctx, customerId.get(), bindingId.get(),
                ctx.queryParam("reason"));
        if (command.isEmpty()) {
            return;
        }
        Optional<CustomerDetails> details = viewCustomerDetails.view(customerId.get());
        if (details.isEmpty()) {
            ctx.status(404);
            return;
        }
        Optional<BindingRecord> wallet = details.get().activeBindings().stream()
                .filter(binding -> binding.id().equals(bindingId.get()))
                .findFirst();
        if (wallet.isEmpty()) {
            ctx.redirect("/admin/customers/" + customerId.get() + "?not-unbound");
            return;
        }
        pages.render(ctx, "admin/force-unbind", Map.of("customer", details.get().profile(), "wallet", wallet.get(),
                "reason", command.get().reason()));
    }

    private void forceUnbind(Context ctx) {
        Optional<CustomerId> customerId = CustomerId.parse(ctx.pathParam("id"));
        Optional<BindingId> bindingId = BindingId.parse(ctx.pathParam("binding"));
        if (customerId.isEmpty() || bindingId.isEmpty()) {
            ctx.status(404);
            return;
        }
        String reason = ctx.formParam("reason");
        Optional<ForceUnbindCommand> command = Optional.empty();
        try {
            command = Optional.of(ForceUnbindCommand.fromForm(AgentAccess.agentOf(ctx), customerId.get(),
                    bindingId.get(), reason));
        } catch (InvalidCommandException invalid) {
            // The confirmation step checks the same reason and shows what to fix, at an address a reload cannot post.
            customerPage.refuse(ctx, confirmPath(customerId.get(), bindingId.get(), reason), customerId.get(),
                    invalid, bindingId.get().toString(), Map.of("reason", reason == null ? "" : reason));
            return;
        }
        boolean unbound = forceUnbindWallet.forceUnbind(command.get());
        ctx.redirect("/admin/customers/" + customerId.get() + (unbound ? "?unbound" : "?not-unbound"),
                HttpStatus.SEE_OTHER);
    }

    private static String confirmPath(CustomerId customerId, BindingId bindingId, String reason) {
        return "/admin/customers/" + customerId + "/bindings/" + bindingId + "/force-unbind?reason="
                + URLEncoder.encode(reason == null ? "" : reason, StandardCharsets.UTF_8);
    }

    /** The command, or empty after showing the customer's page again with the reason's error beside its field. */
    private Optional<ForceUnbindCommand> command(Context ctx, CustomerId customerId, BindingId bindingId,
                                                 String reason) {
        try {
            return Optional.of(ForceUnbindCommand.fromForm(AgentAccess.agentOf(ctx), customerId, bindingId, reason));
        } catch (InvalidCommandException invalid) {
            customerPage.renderWithErrors(ctx, customerId, invalid, bindingId.toString());
            return Optional.empty();
        }
    }
}
