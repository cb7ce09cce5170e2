package org.hexmall.adapter.in.web.api;

import java.util.List;
import org.hexmall.adapter.in.web.api.Problem.FieldProblem;
import org.hexmall.application.port.in.FieldError;

/** The problems every part of the API answers alike, so that a client handles each in one place. */
final class Problems {

    private Problems() {
    }

    static Problem unauthenticated(String detail) {
        return Problem.of(401, "unauthenticated", "Log in first", detail)
                .withHeader("WWW-Authenticate", "Bearer realm=\"hexmall\"");
    }

    static Problem csrfTokenInvalid() {
        return Problem.of(403, "csrf-token-invalid", "Form token missing or wrong",
                "A request authenticated by the session cookie that changes something must carry the session's "
                        + "form token in the " + CustomerAuthentication.CSRF_HEADER
                        + " header; a request with a bearer token needs none.");
    }

    static Problem notFound(String code, String detail) {
        return Problem.of(404, code, "Not found", detail);
    }

    static Problem unknownAddress(String method, String path) {
        return notFound("not-found", "There is no " + method + " " + path + " in the API; see /api/openapi.json.");
    }

    static Problem methodNotAllowed(List<String> allowed) {
        return Problem.of(405, "method-not-allowed", "Method not allowed",
                        "This address answers " + String.join(", ", allowed) + " only.")
                .withHeader("Allow", String.join(", ", allowed));
    }

    static Problem malformedJson(String detail) {
        return Problem.of(400, "malformed-json", "The body is not valid JSON", detail);
    }

    static Problem unsupportedMediaType() {
        return Problem.of(415, "unsupported-media-type", "Send JSON",
                "The body must be sent as application/json.");
    }

    /** The request's shape is wrong: a member of the wrong type, missing, or a query parameter out of range. */
    static Problem invalidRequest(List<FieldProblem> errors) {
        return Problem.of(400, "invalid-request", "The request is not well formed",
                "Some members or parameters are missing or of the wrong type; see errors.").withErrors(errors);
    }

    /** The request is well formed, but a command refused some of its values, field by field. */
    static Problem validationFailed(List<FieldError> errors) {
        return Problem.of(422, "validation-failed", "Some values are not acceptable",
                        "See errors for what is wrong with each field.")
                .withErrors(errors.stream().map(error -> new FieldProblem(error.field(), error.code())).toList());
    }

    /** A rule of the store refused the request; the code is the rule's own, such as {@code cart.full}. */
    static Problem ruleBroken(String code, List<Object> arguments) {
        Problem problem = Problem.of(422, code, "The store's rules refuse this", "Refused by the rule " + code + ".");
        return arguments.isEmpty() ? problem
                : problem.with("arguments", arguments.stream().map(String::valueOf).toList());
    }

    static Problem idempotencyKeyMissing() {
        return Problem.of(400, "idempotency-key-missing", "Idempotency-Key header required",
                "Send a key of your own, such as a UUID, in the Idempotency-Key header, and the same key when "
                        + "you send the same request again.");
    }

    static Problem idempotencyKeyInvalid(int maxLength) {
        return Problem.of(400, "idempotency-key-invalid", "Idempotency-Key not usable",
                "The key must be 1 to " + maxLength + " visible ASCII characters.");
    }

    static Problem idempotencyKeyReused() {
        return Problem.of(409, "idempotency-key-reused", "Idempotency key used for another request",
                "This key was sent before with a different request; use a new key for a new request.");
    }

    static Problem internalError(String reference) {
        return Problem.of(500, "internal-error", "Something went wrong on our side",
                "Quote the reference " + reference + " to customer service.").with("reference", reference);
    }

    /** A refusal Javalin itself raised while reading the request, such as a body over the size limit. */
    static Problem refusedByServer(int status) {
        return status == 413
                ? Problem.of(413, "payload-too-large", "Request too large",
                        "The request body is larger than the server accepts.")
                : Problem.of(status, "request-refused", "Request refused",
                        "The server refused the request with status " + status + ".");
    }
}
