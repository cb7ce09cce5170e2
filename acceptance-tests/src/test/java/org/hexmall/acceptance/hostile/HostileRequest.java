package org.hexmall.acceptance.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One request of the suite, exactly as it goes on the wire, with who sends it.
 *
 * @param signedInAs the principal whose session or token it carries, or "nobody"
 */
record HostileRequest(String method, String target, List<String> headers, byte[] body, String signedInAs) {

    /** Whether the bytes of the request line or headers may make hexmall read the request differently from us. */
    boolean mayBreakFraming() {
        return hasRawControlOrSpace(target) || headers.stream().anyMatch(header -> header.indexOf('\r') >= 0
                || header.indexOf('\n') >= 0);
    }

    private static boolean hasRawControlOrSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** The request in a form a person can read and replay: control characters and long runs shortened. */
    String describe() {
        var text = new StringBuilder(method).append(' ').append(shorten(target, 400)).append(" as ").append(signedInAs);
        for (String header : headers) {
            if (!header.startsWith("Cookie:") && !header.startsWith("Authorization:")) {
                text.append("\n    ").append(shorten(header, 200));
            }
        }
        if (body.length > 0) {
            text.append("\n    body (").append(body.length).append(" bytes): ")
                    .append(shorten(new String(body, StandardCharsets.ISO_8859_1), 600));
        }
        return text.toString();
    }

    private static String shorten(String text, int at) {
        var visible = new StringBuilder();
        text.codePoints().limit(at).forEach(c -> {
            if (c < 0x20 || c == 0x7F) {
                visible.append(String.format("\\x%02X", c));
            } else {
                visible.appendCodePoint(c);
            }
        });
        return text.length() > at ? visible + "…(" + text.length() + " characters)" : visible.toString();
    }
}
