package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.account.ListDevices;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.application.port.in.support.RevokeCustomerDevice;
import org.hexmall.application.port.in.support.ViewCustomerDetails;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;

/**
 * The agent revokes a customer's login device on the customer's page, for a customer who lost it: its sessions end at
 * once and it must prove the phone again. A reason is required, and the action is audited.
 */
public final class DeviceSupportController {

    private final RevokeCustomerDevice revokeCustomerDevice;
    private final ListDevices listDevices;
    private final ViewCustomerDetails viewCustomerDetails;
    private final PageRenderer pages;

    public DeviceSupportController(RevokeCustomerDevice revokeCustomerDevice, ListDevices listDevices,
                                   ViewCustomerDetails viewCustomerDetails, PageRenderer pages) {
        this.revokeCustomerDevice = revokeCustomerDevice;
        this.listDevices = listDevices;
        this.viewCustomerDetails = viewCustomerDetails;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.post("/admin/customers/{id}/devices/{device}/revoke", this::revoke);
    }

    private void revoke(Context ctx) {
        Optional<CustomerId> customerId = CustomerId.parse(ctx.pathParam("id"));
        Optional<DeviceId> deviceId = DeviceId.parse(ctx.pathParam("device"));
        if (customerId.isEmpty() || deviceId.isEmpty()) {
            ctx.status(404);
            return;
        }
        AccountSupportCommand command;
        try {
            command = AccountSupportCommand.fromForm(AgentAccess.agentOf(ctx), customerId.get(),
                    ctx.formParam("reason"));
        } catch (InvalidCommandException invalid) {
            CustomerPageWithErrors.render(ctx, pages, viewCustomerDetails, customerId.get(), invalid,
                    "device-" + deviceId.get(),
                    Map.of("devices", listDevices.list(customerId.get(), Optional.empty())));
            return;
        }
        boolean revoked = revokeCustomerDevice.revoke(command, deviceId.get());
        ctx.redirect("/admin/customers/" + customerId.get() + "?" + (revoked ? "device-revoked" : "device-not-revoked")
                + "#devices");
    }
}
