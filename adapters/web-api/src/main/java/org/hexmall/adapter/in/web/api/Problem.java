package org.hexmall.adapter.in.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An error as RFC 9457 describes it ({@code application/problem+json}). Clients switch on {@code code},
 * which never changes meaning; {@code title} and {@code detail} are for the person reading a log.
 *
 * @param errors     what is wrong with each field of the request, for validation problems; else empty
 * @param extensions further members of the problem, such as the payment a failure is about
 * @param headers    response headers that belong to the problem, such as {@code Retry-After}
 */
record Problem(int status, String code, String title, String detail, List<FieldProblem> errors,
               Map<String, Object> extensions, Map<String, String> headers) {

    /** Each code names a page under this address, so that {@code type} is a stable URI. */
    static final String TYPE_BASE = "https://hexmall.example/problems/";

    Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        errors = List.copyOf(errors);
        extensions = Map.copyOf(extensions);
        headers = Map.copyOf(headers);
    }

    static Problem of(int status, String code, String title, String detail) {
        return new Problem(status, code, title, detail, List.of(), Map.of(), Map.of());
    }

    Problem withErrors(List<FieldProblem> fieldErrors) {
        return new Problem(status, code, title, detail, fieldErrors, extensions, headers);
    }

    Problem with(String member, Object value) {
        var more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(status, code, title, detail, errors, more, headers);
    }

    Problem withHeader(String name, String value) {
        var more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Problem(status, code, title, detail, errors, extensions, more);
    }

    String type() {
        return TYPE_BASE + code;
    }

    /** The JSON members, standard ones first; {@code instance} is the path the problem happened on. */
    Map<String, Object> body(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type());
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", instance);
        body.put("code", code);
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        // Sorted, so that the same problem always reads the same.
        new TreeMap<>(extensions).forEach(body::putIfAbsent);
        return body;
    }

    /**
     * What is wrong with one field of a request.
     *
     * @param field the member of the JSON body, or the query parameter, as the client named it
     * @param code  a stable code, such as {@code cart.quantity} or {@code type.integer}
     */
    record FieldProblem(String field, String code) {
    }
}
