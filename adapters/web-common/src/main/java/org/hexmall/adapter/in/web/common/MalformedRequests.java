package org.hexmall.adapter.in.web.common;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where hexmall refuses requests it cannot read (broken percent-escapes, unknown character
 * sets, multipart bodies that miss their boundary, control characters, oversized parts): with a 4xx that
 * says what to fix, one log line without a stack trace, and nothing changed.
 * <p>
 * Its check runs before every other handler, so a refused request never reaches the session table or a
 * use case. Jetty refuses some requests itself before Javalin sees them (an escape that is not hexadecimal,
 * an over-long address); {@link JettyRefusals} answers those the same way. The answer is the friendly page,
 * or the format of the part of the site the path belongs to, such as the JSON API's problem details.
 * <p>
 * After a route's handlers, it refuses an answer that would lead the browser to an address too long to send
 * ({@link SafeRedirects#fitsAnAddress}), which the web server would otherwise turn into a 500 page of its own.
 * Handlers keep what they carry in an address short, so this is the last guard, and it logs a line when it acts.
 * A before-handler that answers a request itself (the login redirect of a page that needs one) skips it, and leads
 * only to addresses {@link SafeRedirects} has kept short.
 */
public final class MalformedRequests {

    private static final Logger LOG = LoggerFactory.getLogger(MalformedRequests.class);
    /** Enough to recognise the address in the log, not enough to flood it. */
    private static final int LOGGED_PATH_LENGTH = 200;
    private static final String LOCATION = "Location";

    private final PageRenderer pages;
    private final List<RefusalFormat> formats;

    /** @param formats the formats of parts of the site that do not answer with pages, such as the JSON API */
    public MalformedRequests(PageRenderer pages, List<RefusalFormat> formats) {
        this.pages = pages;
        this.formats = List.copyOf(formats);
    }

    /**
     * Puts the check in front of every handler registered after it, and the same answers behind Jetty.
     * Call it before the other handlers are registered and after the body size limit is set.
     */
    public void register(JavalinConfig javalin) {
        var check = new MalformedRequestCheck(javalin.http.maxRequestSize);
        javalin.routes.before(ctx -> check.findIn(ctx).ifPresent(malformed -> refuse(ctx, malformed)));
        javalin.routes.after(this::refuseOverlongRedirect);
        javalin.jetty.modifyServer(server -> {
            server.setErrorHandler(new JettyRefusals(this));
            UnreadableRequestLines.keepOn(server);
        });
    }

    private void refuse(Context ctx, MalformedRequest malformed) {
        log(ctx.req().getMethod(), ctx.path(), malformed);
        RefusalFormat.Body answer = answer(malformed, ctx.path(), ctx.header("Accept-Language"));
        SecurityHeaders.apply(ctx);
        ctx.status(malformed.status()).contentType(answer.contentType()).result(answer.bytes());
        ctx.skipRemainingHandlers();
    }

    private void refuseOverlongRedirect(Context ctx) {
        String location = ctx.res().getHeader(LOCATION);
        if (location == null || SafeRedirects.fitsAnAddress(location)) {
            return;
        }
        var tooLong = MalformedRequest.of(MalformedRequest.Kind.TOO_LARGE, "What it sent would not fit in the address"
                + " of the page that follows (" + location.length() + " characters)");
        log(ctx.req().getMethod(), ctx.path(), tooLong);
        RefusalFormat.Body answer = answer(tooLong, ctx.path(), ctx.header("Accept-Language"));
        ctx.res().setHeader(LOCATION, null);
        ctx.status(tooLong.status()).contentType(answer.contentType()).result(answer.bytes());
    }

    void log(String method, String path, MalformedRequest malformed) {
        String shown = path.length() <= LOGGED_PATH_LENGTH ? path : path.substring(0, LOGGED_PATH_LENGTH) + "…";
        LOG.warn("Refused a malformed request ({} {}): {} {}: {}", malformed.status(), malformed.code(), method,
                shown, malformed.finding());
    }

    /**
     * The answer in the format of the part of the site the path belongs to; otherwise the page, in the
     * language the browser asks for, since a refused request is never matched with its session.
     */
    RefusalFormat.Body answer(MalformedRequest malformed, String path, String acceptLanguage) {
        for (RefusalFormat format : formats) {
            if (format.covers(path)) {
                return format.render(malformed, path);
            }
        }
        String page = pages.renderWithoutSession("error/400", Messages.localeAccepted(acceptLanguage),
                Map.of("code", malformed.code()));
        return new RefusalFormat.Body("text/html; charset=UTF-8", page.getBytes(StandardCharsets.UTF_8));
    }
}
