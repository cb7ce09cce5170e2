package org.hexmall.adapter.in.web.common;

import io.javalin.http.Context;
import java.util.Map;

/** Headers that tell browsers to run no script or style from elsewhere and never to frame hexmall. */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "img-src 'self' data:",
            "style-src 'self'",
            "script-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Every header, by name; also sent with refusals that Jetty answers before Javalin sees the request. */
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin",
            "Cache-Control", "no-store");

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
