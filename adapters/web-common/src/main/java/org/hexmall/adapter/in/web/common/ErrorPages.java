package org.hexmall.adapter.in.web.common;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Friendly pages for "not found" and for the unexpected. An unexpected error is logged with a short
 * reference that the page shows too, so support can find the log entry; the page never shows a trace.
 */
public final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final PageRenderer pages;

    public ErrorPages(PageRenderer pages) {
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.error(404, this::notFound);
        routes.exception(Exception.class, (problem, ctx) -> unexpected(ctx, problem));
    }

    private void notFound(Context ctx) {
        pages.render(ctx, 404, "error/404", Map.of());
    }

    private void unexpected(Context ctx, Exception problem) {
        String reference = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        LOG.error("Unexpected error, reference {}, on {} {}", reference, ctx.method(), ctx.path(), problem);
        try {
            pages.render(ctx, 500, "error/500", Map.of("reference", reference));
        } catch (RuntimeException renderingFailed) {
            LOG.error("The error page failed too, reference {}", reference, renderingFailed);
            ctx.status(500).contentType("text/plain; charset=UTF-8")
                    .result("Something went wrong on our side. Reference: " + reference);
        }
    }
}
