package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.account.DeviceView;
import org.hexmall.application.port.in.account.ListDevices;
import org.hexmall.application.port.in.account.RevokeMyDevice;
import org.hexmall.domain.account.DeviceId;

/**
 * Account &amp; security → "Login devices" (登录设备): the browsers the account was logged in from, this one marked,
 * and for any other a "Remove" that asks first, then ends its sessions at once and makes it prove the phone again.
 */
public final class DevicesController {

    static final String PATH = "/account/security/devices";

    private final ListDevices listDevices;
    private final RevokeMyDevice revokeMyDevice;
    private final PageRenderer pages;

    public DevicesController(ListDevices listDevices, RevokeMyDevice revokeMyDevice, PageRenderer pages) {
        this.listDevices = listDevices;
        this.revokeMyDevice = revokeMyDevice;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> showList(ctx, 200, null));
        routes.get(PATH + "/{device}/revoke", this::confirm);
        routes.post(PATH + "/{device}/revoke", this::revoke);
    }

    private List<DeviceView> devices(Context ctx) {
        return listDevices.list(CustomerAccess.customerOf(ctx), Optional.of(DeviceCookies.tokenOf(ctx)));
    }

    /** Asks before revoking; a device that is not one of the customer's other devices is simply not found. */
    private void confirm(Context ctx) {
        Optional<DeviceView> device = DeviceId.parse(ctx.pathParam("device"))
                .flatMap(id -> devices(ctx).stream().filter(view -> view.id().equals(id)).findFirst());
        if (device.isEmpty()) {
            showList(ctx, 404, pages.message(ctx, "devices.not-found"));
            return;
        }
        if (device.get().thisDevice()) {
            showList(ctx, 409, pages.message(ctx, "devices.this-device"));
            return;
        }
        pages.render(ctx, "shop/revoke-device", Map.of("device", device.get()));
    }

    private void revoke(Context ctx) {
        Optional<DeviceId> id = DeviceId.parse(ctx.pathParam("device"));
        if (id.isEmpty()) {
            showList(ctx, 404, pages.message(ctx, "devices.not-found"));
            return;
        }
        var command = new RevokeMyDevice.Command(CustomerAccess.customerOf(ctx), id.get(), DeviceCookies.tokenOf(ctx),
                ctx.ip());
        switch (revokeMyDevice.revoke(command)) {
            case RevokeMyDevice.Revocation.Revoked revoked -> ctx.redirect(PATH + "?revoked", HttpStatus.SEE_OTHER);
            case RevokeMyDevice.Revocation.NotFound notFound ->
                    showList(ctx, 404, pages.message(ctx, "devices.not-found"));
            case RevokeMyDevice.Revocation.ThisDevice thisDevice ->
                    showList(ctx, 409, pages.message(ctx, "devices.this-device"));
        }
    }

    /** How many devices "Sign out all other devices" just logged out, if that is where the customer comes from. */
    private static Integer signedOutOthers(String count) {
        if (count == null || count.isEmpty() || count.length() > 4 || !count.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(count);
    }

    private void showList(Context ctx, int status, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("devices", devices(ctx));
        model.put("problem", problem);
        model.put("revoked", ctx.queryParam("revoked") != null);
        model.put("signedOutOthers", signedOutOthers(ctx.queryParam("signedOutOthers")));
        pages.render(ctx, status, "shop/devices", model);
    }
}
