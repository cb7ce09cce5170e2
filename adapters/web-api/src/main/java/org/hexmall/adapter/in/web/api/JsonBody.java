package org.hexmall.adapter.in.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.adapter.in.web.api.Problem.FieldProblem;

/**
 * A request's JSON object, read member by member. A member of the wrong type (a quantity of
 * {@code "2"} or {@code 2.5}) or a required one that is missing is recorded, and {@link #throwIfInvalid}
 * reports them all at once as an {@code invalid-request} problem. Members the API does not know are
 * ignored, so that clients may send more than this version reads.
 */
final class JsonBody {

    private final JsonNode object;
    private final List<FieldProblem> errors = new ArrayList<>();

    private JsonBody(JsonNode object) {
        this.object = object;
    }

    /** The body, which must be a JSON object sent as {@code application/json}. */
    static JsonBody required(Context ctx) {
        requireJsonContentType(ctx);
        return objectOf(ctx.bodyAsBytes());
    }

    /** The body if there is one; an empty body reads as an object without members. */
    static JsonBody optional(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            return new JsonBody(JsonNodeFactory.instance.objectNode());
        }
        requireJsonContentType(ctx);
        return objectOf(body);
    }

    /** A string member, or null after recording why it is missing or not a string. */
    String string(String member, boolean required) {
        JsonNode value = object.get(member);
        if (absent(value)) {
            if (required) {
                errors.add(new FieldProblem(member, "required"));
            }
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldProblem(member, "type.string"));
            return null;
        }
        return value.textValue();
    }

    /** A whole-number member that fits an int, or null after recording why it is missing or not one. */
    Integer integer(String member, boolean required) {
        JsonNode value = object.get(member);
        if (absent(value)) {
            if (required) {
                errors.add(new FieldProblem(member, "required"));
            }
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            errors.add(new FieldProblem(member, "type.integer"));
            return null;
        }
        return value.intValue();
    }

    /** A whole number of 0 or more that fits an int, or null after recording why it is missing or not one. */
    Integer nonNegativeInteger(String member, boolean required) {
        Integer value = integer(member, required);
        if (value != null && value < 0) {
            errors.add(new FieldProblem(member, "range"));
            return null;
        }
        return value;
    }

    /** A true/false member, or null after recording why it is missing or not a boolean. */
    Boolean bool(String member, boolean required) {
        JsonNode value = object.get(member);
        if (absent(value)) {
            if (required) {
                errors.add(new FieldProblem(member, "required"));
            }
            return null;
        }
        if (!value.isBoolean()) {
            errors.add(new FieldProblem(member, "type.boolean"));
            return null;
        }
        return value.booleanValue();
    }

    /** An optional member holding a UUID as text; empty when absent, or after recording that it is not one. */
    Optional<UUID> uuid(String member) {
        String text = string(member, false);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAUuid) {
            errors.add(new FieldProblem(member, "format.uuid"));
            return Optional.empty();
        }
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ApiProblem(Problems.invalidRequest(errors));
        }
    }

    private static boolean absent(JsonNode value) {
        return value == null || value.isNull();
    }

    private static JsonBody objectOf(byte[] body) {
        if (body.length == 0) {
            throw new ApiProblem(Problems.malformedJson("The body is empty; send a JSON object."));
        }
        JsonNode tree = Json.read(body);
        if (!tree.isObject()) {
            throw new ApiProblem(Problems.malformedJson("The body must be a JSON object."));
        }
        return new JsonBody(tree);
    }

    /** {@code application/json}, with or without parameters such as {@code charset=utf-8}. */
    private static void requireJsonContentType(Context ctx) {
        String given = ctx.header("Content-Type");
        String mediaType = given == null ? "" : given.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals(ApiResponses.JSON)) {
            throw new ApiProblem(Problems.unsupportedMediaType());
        }
    }
}
