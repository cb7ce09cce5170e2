package org.hexmall.adapter.in.web.api;

import io.javalin.http.Context;
import java.util.Optional;

/** Writes the API's answers: JSON for results, {@code application/problem+json} for problems. */
final class ApiResponses {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final String PROBLEM_ATTRIBUTE = "hexmall.api.problem";

    private ApiResponses() {
    }

    static void json(Context ctx, int status, Object body) {
        ctx.status(status);
        ctx.contentType(JSON);
        ctx.result(Json.write(body));
    }

    /**
     * Answers with a problem, and remembers it on the request: error pages registered for the whole
     * server run after the handler and may replace the body, so {@link ApiFallback} writes it again last.
     */
    static void problem(Context ctx, Problem problem) {
        ctx.attribute(PROBLEM_ATTRIBUTE, problem);
        ctx.status(problem.status());
        problem.headers().forEach(ctx::header);
        ctx.contentType(PROBLEM_JSON);
        ctx.result(Json.write(problem.body(ctx.path())));
    }

    static Optional<Problem> problemAnswered(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PROBLEM_ATTRIBUTE));
    }
}
