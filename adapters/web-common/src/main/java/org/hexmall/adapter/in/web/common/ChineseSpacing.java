package org.hexmall.adapter.in.web.common;

/**
 * Chinese text puts a space between Chinese characters and Latin letters or digits ("绑定 PayPal",
 * "w***@example.com 已绑定"). The message bundles write their own text so; a value put into a message (a wallet's
 * name, a masked account) may be either script, so the space at its edges is decided once it is known.
 */
final class ChineseSpacing {

    /** Marks where an inserted value begins and ends while the message is formatted: private-use characters. */
    static final char START = '\uE000';
    static final char END = '\uE001';

    private ChineseSpacing() {
    }

    /** The value, marked so that {@link #spaceMarkedValues} can find its edges in the formatted message. */
    static String mark(String value) {
        return START + value.replace(String.valueOf(START), "").replace(String.valueOf(END), "") + END;
    }

    /** The formatted message without the marks, with a space wherever a value's Latin edge meets Chinese text. */
    static String spaceMarkedValues(String formatted) {
        StringBuilder spaced = new StringBuilder(formatted.length() + 8);
        for (int i = 0; i < formatted.length(); i++) {
            char c = formatted.charAt(i);
            if (c == START || c == END) {
                char before = lastOf(spaced);
                char after = nextUnmarked(formatted, i + 1);
                if (isHan(before) && isLatinOrDigit(after) || isLatinOrDigit(before) && isHan(after)) {
                    spaced.append(' ');
                }
                continue;
            }
            spaced.append(c);
        }
        return spaced.toString();
    }

    private static char lastOf(StringBuilder text) {
        return text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
    }

    private static char nextUnmarked(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) != START && text.charAt(i) != END) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isLatinOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
