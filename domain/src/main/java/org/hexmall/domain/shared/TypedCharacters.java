package org.hexmall.domain.shared;

/**
 * What people type, read as they meant it: a Chinese input method gives full-width letters, digits and signs
 * (ＡＢＣ１２３＠) and the ideographic space, which mean the same as their ASCII forms. Every form that reads a phone
 * number or a wallet account reads it through here, so that they all accept the same thing.
 */
public final class TypedCharacters {

    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private TypedCharacters() {
    }

    /** Full-width letters, digits and signs become their ASCII forms; the ideographic space a space. */
    public static String halfWidth(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                ascii.append((char) (c - FULL_WIDTH_OFFSET));
            } else if (c == IDEOGRAPHIC_SPACE) {
                ascii.append(' ');
            } else {
                ascii.append(c);
            }
        }
        return ascii.toString();
    }

    /**
     * The text as a form reads a phone number: half-width, without the invisible characters that pasting from a chat
     * or a web page brings along (a zero-width space, a byte order mark), and without spaces around it.
     */
    public static String asTyped(String text) {
        StringBuilder visible = new StringBuilder(text.length());
        halfWidth(text).chars().filter(c -> Character.getType(c) != Character.FORMAT)
                .forEach(c -> visible.append((char) c));
        return stripSpaces(visible.toString());
    }

    /** The text without the spaces of any kind around it. */
    public static String stripSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Any space: the ordinary one, a tab, a no-break space, the ideographic space. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
