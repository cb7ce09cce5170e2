package org.hexmall.adapter.in.web.common;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.HexFormat;

/**
 * Decodes percent-encoded text strictly, as RFC 3986 writes it: every {@code %} is followed by two
 * hexadecimal digits, and the bytes a run of escapes stands for are valid text in the character set.
 * Javalin decodes leniently instead: a broken escape in a path makes it throw, one in a query or a form
 * makes it drop the value without a word, and bytes that are not text become replacement characters.
 */
final class PercentDecoding {

    private PercentDecoding() {
    }

    /**
     * @param plusIsSpace true for queries and forms, where {@code +} stands for a space; false for paths
     * @throws Undecodable saying what is wrong, without repeating the text
     */
    static String decode(String encoded, Charset charset, boolean plusIsSpace) {
        if (encoded.indexOf('%') < 0 && !(plusIsSpace && encoded.indexOf('+') >= 0)) {
            return encoded;
        }
        StringBuilder decoded = new StringBuilder(encoded.length());
        int i = 0;
        while (i < encoded.length()) {
            char c = encoded.charAt(i);
            if (c == '%') {
                ByteArrayOutputStream escaped = new ByteArrayOutputStream();
                while (i < encoded.length() && encoded.charAt(i) == '%') {
                    escaped.write(escapedByte(encoded, i));
                    i += 3;
                }
                decoded.append(text(escaped.toByteArray(), charset));
            } else {
                decoded.append(plusIsSpace && c == '+' ? ' ' : c);
                i++;
            }
        }
        return decoded.toString();
    }

    /** The bytes as text in the character set, refusing any that are not (such as a lone {@code %ff} in UTF-8). */
    static String text(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notText) {
            throw new Undecodable("bytes that are not " + charset.name() + " text");
        }
    }

    private static int escapedByte(String encoded, int percentAt) {
        boolean twoHexDigits = percentAt + 2 < encoded.length()
                && HexFormat.isHexDigit(encoded.charAt(percentAt + 1))
                && HexFormat.isHexDigit(encoded.charAt(percentAt + 2));
        if (!twoHexDigits) {
            throw new Undecodable("a '%' not followed by two hexadecimal digits");
        }
        return HexFormat.fromHexDigit(encoded.charAt(percentAt + 1)) << 4
                | HexFormat.fromHexDigit(encoded.charAt(percentAt + 2));
    }

    /** Thrown when text cannot be decoded; an answer to the client, so it carries no stack trace. */
    static final class Undecodable extends RuntimeException {

        Undecodable(String what) {
            super(what, null, false, false);
        }
    }
}
