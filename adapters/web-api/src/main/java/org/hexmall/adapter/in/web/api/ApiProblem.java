package org.hexmall.adapter.in.web.api;

/**
 * Ends a request with a problem from anywhere inside a handler: reading the body, the caller's
 * credentials or an id in the path. {@link ApiRouter} answers it; it carries no stack trace, since it
 * is an answer, not a fault.
 */
final class ApiProblem extends RuntimeException {

    private final transient Problem problem;

    ApiProblem(Problem problem) {
        super(problem.code(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
