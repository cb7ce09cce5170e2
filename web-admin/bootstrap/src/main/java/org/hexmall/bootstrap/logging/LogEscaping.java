package org.hexmall.bootstrap.logging;

/**
 * Writes every character that could end or disguise a log line as a visible escape: CR, LF and every other
 * control character ({@code \r}, {@code \n}, {@code \t}, {@code \u0085}…), and the Unicode line and paragraph
 * separators. A value from outside (a path, a provider's name, an exception's message) then stays on the
 * line it was logged on, and cannot start a line that looks like hexmall's own.
 */
public final class LogEscaping {

    private LogEscaping() {
    }

    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(LogEscaping::breaksTheLine)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            switch (c) {
                case '\r' -> escaped.append("\\r");
                case '\n' -> escaped.append("\\n");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (breaksTheLine(c)) {
                        escaped.append("\\u%04x".formatted(c));
                    } else {
                        escaped.append((char) c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean breaksTheLine(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
