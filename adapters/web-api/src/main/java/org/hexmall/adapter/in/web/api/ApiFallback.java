package org.hexmall.adapter.in.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * The last word on every {@code /api} request. Javalin runs the server's error handlers after the
 * endpoint, and the storefront's "page not found" is registered for every 404, so it would replace the
 * API's problem with an HTML page; an after-handler runs after them and writes the problem back. A path
 * no endpoint answers gets a 404 problem, or a 405 when the path is known but the method is not.
 */
final class ApiFallback {

    private final ApiRouter router;

    ApiFallback(ApiRouter router) {
        this.router = router;
    }

    void finish(Context ctx) {
        Optional<Problem> answered = ApiResponses.problemAnswered(ctx);
        if (answered.isPresent()) {
            ApiResponses.problem(ctx, answered.get());
            return;
        }
        if (!ApiRouter.handled(ctx) && ctx.status().getCode() == 404) {
            List<String> allowed = router.methodsAt(ctx.path());
            ApiResponses.problem(ctx, allowed.isEmpty()
                    ? Problems.unknownAddress(ctx.method().name(), ctx.path())
                    : Problems.methodNotAllowed(allowed));
        }
    }
}
