package org.hexmall.acceptance.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.random.RandomGenerator;

/** JSON of the wrong type, the wrong size or the wrong shape, and text that is not JSON at all, for the JSON API. */
final class JsonValues {

    private static final List<String> NUMBERS = List.of("0", "-0", "-1", "1.5", "1e400", "-1e400", "1E-400",
            "123456789012345678901234567890", "9223372036854775808", "-9223372036854775809", "2147483648",
            "0.30000000000000004", "1.0000000000000000000001", "100000000000000000000000000000000000000000.0");
    private static final List<String> MALFORMED = List.of("", "{", "}", "[", "{\"a\":}", "{\"a\" 1}", "{,}", "{\"a\":1,}",
            "[1,]", "{'a':'b'}", "{a:1}", "// comment\n{}", "/* x */{}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":01}",
            "{\"a\":.5}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"unterminated}", "{\"a\":tru}",
            "{\"a\":1}{\"b\":2}", "{\"a\":1} trailing", "\"\"", "null", "true", "42", "[]", "\uFEFF{}", "{\"a\":\"\t\"}",
            "{\"__proto__\":{\"admin\":true}}", "{\"a\":1,\"a\":2}", "{\"\":\"\"}");

    private JsonValues() {
    }

    /** The text as a JSON string, lone surrogates and control characters escaped as JSON allows. */
    static String string(String text) {
        var json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) && !pairedAt(text, i)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** A JSON value of any type: the text as a string, or a number, a literal, an array, an object, deep nesting. */
    static String any(String text, RandomGenerator random) {
        return switch (random.nextInt(10)) {
            case 0, 1 -> string(text);
            case 2, 3 -> NUMBERS.get(random.nextInt(NUMBERS.size()));
            case 4 -> random.nextBoolean() ? "true" : "false";
            case 5 -> "null";
            case 6 -> "[" + string(text) + "," + NUMBERS.get(random.nextInt(NUMBERS.size())) + "]";
            case 7 -> "{\"" + "x" + "\":" + string(text) + "}";
            case 8 -> {
                int depth = List.of(10, 999, 1_001, 5_000, 100_000).get(random.nextInt(5));
                yield "[".repeat(depth) + "]".repeat(depth);
            }
            default -> "{" + "\"a\":{".repeat(2_000) + "}".repeat(2_001);
        };
    }

    /** Text that is not JSON, or JSON cut short. */
    static byte[] malformed(String text, RandomGenerator random) {
        String json = random.nextBoolean() ? MALFORMED.get(random.nextInt(MALFORMED.size()))
                : "{\"login\":" + string(text) + ",\"password\":" + any(text, random) + "}";
        if (random.nextInt(3) == 0 && json.length() > 1) {
            json = json.substring(0, random.nextInt(1, json.length()));
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** JSON whose bytes are not UTF-8: a lone surrogate written out, Latin-1, stray continuation bytes, NUL. */
    static byte[] brokenText(String text, RandomGenerator random) {
        var body = new ByteArrayOutputStream();
        body.writeBytes("{\"login\":\"".getBytes(StandardCharsets.US_ASCII));
        switch (random.nextInt(4)) {
            case 0 -> body.writeBytes(HostileValues.utf8WithLoneSurrogates(text + "\uD800"));
            case 1 -> body.writeBytes((text + "é").getBytes(StandardCharsets.ISO_8859_1));
            case 2 -> body.writeBytes(new byte[] {(byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xAF, (byte) 0xFE});
            default -> body.writeBytes(new byte[] {'a', 0, 'b'});
        }
        body.writeBytes("\",\"password\":\"x\"}".getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }
}
