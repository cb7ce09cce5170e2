package org.hexmall.adapter.in.web.common;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.MalformedRequest.Kind;

/**
 * Looks for what Javalin and Jetty could not read in a request, before any handler reads it: a path, query
 * or form whose percent-escapes do not decode, control characters in them, a character set Java does not
 * know, a form larger than the server reads, and a multipart form that does not match its boundary.
 * <p>
 * It reads the request as Javalin will (the charset Javalin takes from Content-Type, the form parsed by
 * Javalin, which keeps it for the handlers), so what passes here is what the handlers get.
 */
final class MalformedRequestCheck {

    private static final String CONTENT_TYPE = "Content-Type";

    private final long maxBodyBytes;

    /** @param maxBodyBytes the largest body the server reads, Javalin's {@code http.maxRequestSize} */
    MalformedRequestCheck(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    Optional<MalformedRequest> findIn(Context ctx) {
        try {
            path(ctx.path());
            Charset charset = charset(ctx);
            if (ctx.queryString() != null) {
                query(ctx.queryString(), charset);
            }
            body(ctx, charset);
            return Optional.empty();
        } catch (Found malformed) {
            return Optional.of(malformed.request);
        }
    }

    /** The path as sent, before decoding: its escapes must spell UTF-8 text. */
    private static void path(String rawPath) {
        String decoded = decoded(rawPath, StandardCharsets.UTF_8, false, Kind.PATH_ENCODING, "The path");
        noControlCharacters(decoded, "The path");
    }

    /** The query string as sent, without its {@code ?}. */
    private static void query(String rawQuery, Charset charset) {
        pairs(rawQuery, charset, Kind.QUERY_ENCODING, "The query");
    }

    /** An {@code application/x-www-form-urlencoded} body. */
    private static void form(byte[] body, Charset charset) {
        String text;
        try {
            text = PercentDecoding.text(body, charset);
        } catch (PercentDecoding.Undecodable notText) {
            throw new Found(MalformedRequest.of(Kind.FORM_ENCODING, "The form holds " + notText.getMessage()));
        }
        pairs(text, charset, Kind.FORM_ENCODING, "The form");
    }

    /**
     * The character set Javalin decodes the query and the body with: the {@code charset} of Content-Type,
     * as Javalin reads it, or UTF-8. Javalin fails with an exception on one Java does not know.
     */
    private static Charset charset(Context ctx) {
        if (ctx.header(CONTENT_TYPE) == null) {
            return StandardCharsets.UTF_8;
        }
        String name;
        try {
            name = ctx.characterEncoding();
        } catch (RuntimeException unreadableParameter) {
            throw new Found(MalformedRequest.of(Kind.UNSUPPORTED_CHARSET,
                    "The charset parameter of Content-Type has no value"));
        }
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            throw new Found(MalformedRequest.of(Kind.UNSUPPORTED_CHARSET,
                    "Content-Type names a character set this server does not know"));
        }
    }

    /**
     * A body Javalin would read as a form: one declared as a form, or one that declares no type at all, which
     * Javalin reads as a form too. Other bodies are for handlers that read them themselves (JSON).
     */
    private void body(Context ctx, Charset charset) {
        boolean untyped = ctx.header(CONTENT_TYPE) == null && ctx.req().getContentLengthLong() > 0;
        if (ctx.isMultipartFormData()) {
            refuseIfLarger(ctx);
            multipart(ctx);
        } else if (ctx.isFormUrlencoded() || untyped) {
            refuseIfLarger(ctx);
            form(bodyOf(ctx), charset);
        }
    }

    private void refuseIfLarger(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxBodyBytes) {
            throw new Found(MalformedRequest.of(Kind.TOO_LARGE,
                    "The body is larger than " + maxBodyBytes + " bytes"));
        }
    }

    private static byte[] bodyOf(Context ctx) {
        try {
            return ctx.bodyAsBytes();
        } catch (HttpResponseException overLimit) {
            // A body sent in chunks, without a length to check first, that turned out too long.
            throw new Found(new MalformedRequest(Kind.TOO_LARGE, overLimit.getStatus(), "The body is too large"));
        }
    }

    /** Has Javalin parse the parts now; it keeps them, so the handlers read the same ones. */
    private static void multipart(Context ctx) {
        Map<String, List<String>> fields;
        try {
            fields = ctx.formParamMap();
        } catch (Exception unreadable) {
            throw new Found(MalformedRequest.of(Kind.MALFORMED_MULTIPART,
                    "The multipart body does not match its boundary, or it ends before its last part"));
        }
        fields.forEach((name, values) -> {
            noControlCharacters(name, "The form");
            values.forEach(value -> noControlCharacters(value, "The form"));
        });
    }

    private static void pairs(String text, Charset charset, Kind kind, String where) {
        for (String pair : text.split("&")) {
            for (String part : pair.split("=", 2)) {
                noControlCharacters(decoded(part, charset, true, kind, where), where);
            }
        }
    }

    private static String decoded(String encoded, Charset charset, boolean plusIsSpace, Kind kind, String where) {
        try {
            return PercentDecoding.decode(encoded, charset, plusIsSpace);
        } catch (PercentDecoding.Undecodable undecodable) {
            throw new Found(MalformedRequest.of(kind, where + " holds " + undecodable.getMessage()));
        }
    }

    /** Tab and line breaks are text (a text area sends them); no field takes any other control character. */
    private static void noControlCharacters(String decoded, String where) {
        for (int i = 0; i < decoded.length(); i++) {
            int c = decoded.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new Found(MalformedRequest.of(Kind.CONTROL_CHARACTER,
                        where + " holds the control character U+%04X".formatted(c)));
            }
        }
    }

    /** Ends the checks with what was found; an answer, not a fault, so it carries no stack trace. */
    private static final class Found extends RuntimeException {

        final transient MalformedRequest request;

        Found(MalformedRequest request) {
            super(request.code(), null, false, false);
            this.request = request;
        }
    }
}
