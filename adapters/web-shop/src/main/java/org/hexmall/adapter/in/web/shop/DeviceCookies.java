package org.hexmall.adapter.in.web.shop;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.hexmall.application.port.in.account.LoginDevice;

/**
 * Gives every storefront browser a long-lived device cookie (HttpOnly, SameSite=Lax, Secure when served over HTTPS,
 * like the session cookie): a random token by which hexmall knows the browser again at the next login, long after its
 * session ended. The token is a secret; hexmall keeps only a keyed hash of it. A browser brings whatever cookie it has,
 * which someone else may have set there; so when the customer trusts the device, it is given a new token, and only
 * that one is trusted ({@link NewDeviceLoginController}).
 */
public final class DeviceCookies {

    static final String NAME = "hexmall_device";
    private static final String ATTRIBUTE = "hexmall.deviceToken";
    private static final Duration LIFETIME = Duration.ofDays(2 * 365);
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{32,64}");

    private final Supplier<String> newTokens;
    private final boolean secureCookies;

    /** @param newTokens fresh random tokens, from the store's secure source */
    public DeviceCookies(Supplier<String> newTokens, boolean secureCookies) {
        this.newTokens = newTokens;
        this.secureCookies = secureCookies;
    }

    /** The before-handler: reads the browser's device cookie, or gives it one. */
    public void attach(Context ctx) {
        String presented = ctx.cookie(NAME);
        if (presented != null && WELL_FORMED.matcher(presented).matches()) {
            ctx.attribute(ATTRIBUTE, presented);
            return;
        }
        handOver(ctx, newTokens.get());
    }

    /** A new device token, to hand over with {@link #handOver} once the device is trusted under it. */
    String newToken() {
        return newTokens.get();
    }

    /** The browser's device cookie from now on. */
    void handOver(Context ctx, String token) {
        ctx.attribute(ATTRIBUTE, token);
        ctx.cookie(new Cookie(NAME, token, "/", (int) LIFETIME.toSeconds(), secureCookies, true, null, SameSite.LAX));
    }

    /** The device cookie of the browser making this request. */
    static String tokenOf(Context ctx) {
        String token = ctx.attribute(ATTRIBUTE);
        if (token == null) {
            throw new IllegalStateException("no device cookie attached to " + ctx.path());
        }
        return token;
    }

    /** The device a login is typed on. */
    static Optional<LoginDevice> loginDeviceOf(Context ctx) {
        return Optional.of(new LoginDevice(tokenOf(ctx), ctx.userAgent()));
    }
}
