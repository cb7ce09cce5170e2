package org.hexmall.adapter.in.web.api;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code Hexmall-Device} header: the device token by which hexmall knows an app again at its next login, as the
 * storefront knows a browser by its device cookie (the two are the same kind of token, so a browser's cookie value
 * names the same device here). The token is a secret of the client's; hexmall keeps only a keyed hash of it.
 */
final class DeviceTokenHeader {

    static final String NAME = "Hexmall-Device";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{32,64}");

    private DeviceTokenHeader() {
    }

    /** The token sent, if any; a 400 problem when one is sent that hexmall never issues. */
    static Optional<String> optional(Context ctx) {
        String token = ctx.header(NAME);
        if (token == null) {
            return Optional.empty();
        }
        if (!WELL_FORMED.matcher(token).matches()) {
            throw new ApiProblem(Problem.of(400, "device-token-invalid", NAME + " header not usable",
                    "Send the deviceToken hexmall gave this client at its first login (32 to 64 letters, digits, "
                            + "'-' or '_'), or no " + NAME + " header to get a new one."));
        }
        return Optional.of(token);
    }

    /** The token sent; a 400 problem when it is missing or not one hexmall issues. */
    static String require(Context ctx) {
        return optional(ctx).orElseThrow(() -> new ApiProblem(Problem.of(400, "device-token-missing",
                NAME + " header required", "Send the deviceToken of the device the password was typed on in the "
                        + NAME + " header: the code is accepted on that device only.")));
    }
}
