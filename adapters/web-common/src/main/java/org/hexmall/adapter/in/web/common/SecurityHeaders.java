package org.hexmall.adapter.in.web.common;

import io.javalin.http.Context;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Headers that tell browsers to run no script or style from elsewhere and never to frame hexmall, and, on a request
 * that came over HTTPS, to come back only over HTTPS for a year.
 */
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

    /** The headers sent over HTTP and HTTPS alike, by name. */
    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin",
            "Cache-Control", "no-store");

    /**
     * {@code Strict-Transport-Security}, sent over HTTPS only: browsers ignore it over plain HTTP, and the demo on
     * localhost, served over HTTP, must not tell a browser to use HTTPS for localhost. Without
     * {@code includeSubDomains}, as hexmall's certificate need not cover them.
     */
    private static final String ONE_YEAR_OF_HTTPS_ONLY = "max-age=31536000";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        forEach(ctx.req().isSecure(), ctx::header);
    }

    /**
     * Hands over each header, by name, for the answer to a request that came over HTTPS ({@code secure}) or plain
     * HTTP; also for the refusals that Jetty answers before Javalin sees the request.
     */
    static void forEach(boolean secure, BiConsumer<String, String> header) {
        HEADERS.forEach(header);
        if (secure) {
            header.accept("Strict-Transport-Security", ONE_YEAR_OF_HTTPS_ONLY);
        }
    }
}
