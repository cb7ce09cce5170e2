package org.hexmall.adapter.in.web.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The API's one JSON mapper. Reading is strict (a duplicated member or text after the document is
 * malformed, not silently resolved), and numbers that are money are never read into a double: bodies are
 * read as trees and each member checked by {@link JsonBody}.
 */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    /** Parses a document; throws {@link ApiProblem} {@code malformed-json} when it is not JSON. */
    static JsonNode read(byte[] document) {
        try {
            JsonNode tree = MAPPER.readTree(document);
            if (tree == null || tree.isMissingNode()) {
                throw new ApiProblem(Problems.malformedJson("The body is empty."));
            }
            return tree;
        } catch (JacksonException malformed) {
            // Only where it broke: the parser's own message may quote the body back at the client.
            var where = malformed.getLocation();
            throw new ApiProblem(Problems.malformedJson(where == null ? "The body is not valid JSON."
                    : "The body is not valid JSON at line " + where.getLineNr() + ", column " + where.getColumnNr()
                            + "."));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
