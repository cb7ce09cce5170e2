package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.application.port.in.support.RevokeCustomerDevice;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;

/**
 * The agent revokes a customer's login device on the customer's page, for a customer who lost it: its sessions end at
 * once and it must prove the phone again. A reason is required, and the action is audited.
 */
public final class DeviceSupportController {

    private final RevokeCustomerDevice revokeCustomerDevice;
    private final CustomerPage customerPage;

    public DeviceSupportController(RevokeCustomerDevice revokeCustomerDevice, CustomerPage customerPage) {
        this.revokeCustomerDevice = revokeCustomerDevice;
        this.customerPage = customerPage;
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
            customerPage.refuse(ctx, customerId.get(), invalid, CustomerPage.DEVICE_FORM_PREFIX + deviceId.get(),
                    Map.of("reason", AccountSupportController.reasonOf(ctx)), "devices");
            return;
        }
        boolean revoked = revokeCustomerDevice.revoke(command, deviceId.get());
        ctx.redirect("/admin/customers/" + customerId.get() + "?" + (revoked ? "device-revoked" : "device-not-revoked")
                + "#devices");
    }
}
