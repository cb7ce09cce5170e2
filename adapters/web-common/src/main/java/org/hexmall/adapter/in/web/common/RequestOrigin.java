package org.hexmall.adapter.in.web.common;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * This site's address as the client used it ({@code https://shop.example:8443}), for absolute links a client
 * follows elsewhere, such as the address the wallet app sends the customer back to. Built from the request's own
 * scheme and {@code Host} header, so the customer comes back to the host they called and keeps their session; a
 * header that could bend the address into something else gives no origin at all.
 */
public final class RequestOrigin {

    /** A host name or address, with an optional port: nothing a client could use to bend the URL. */
    private static final Pattern HOST =
            Pattern.compile("(?:[A-Za-z0-9][A-Za-z0-9.-]{0,252}|\\[[0-9A-Fa-f:.]{2,45}])(?::\\d{1,5})?");

    private RequestOrigin() {
    }

    /** {@code scheme://host[:port]} of the request; empty when its Host header is missing or unusable. */
    public static Optional<String> of(Context ctx) {
        return of(ctx.scheme(), ctx.host());
    }

    static Optional<String> of(String scheme, String host) {
        if (host == null || !HOST.matcher(host).matches()) {
            return Optional.empty();
        }
        return Optional.of(("https".equalsIgnoreCase(scheme) ? "https" : "http") + "://" + host);
    }
}
