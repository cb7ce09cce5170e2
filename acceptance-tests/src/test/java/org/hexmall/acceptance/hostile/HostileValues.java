package org.hexmall.acceptance.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The values an attacker or a broken client types into a field: wrong types, empty and huge strings, the corners of
 * Unicode, numbers that overflow, injection strings, and escapes that cannot be decoded. Every value comes from the
 * random source given, so that the same seed gives the same values.
 */
final class HostileValues {

    private static final List<String> NUMBERS = List.of("0", "-0", "-1", "1", "00000000000000000001", "2147483647",
            "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "99999999999999999999999999999999999999", "1e309", "-1e309", "1E-400", "NaN", "Infinity", "-Infinity",
            "0x10", "1.5", "0.001", "-0.01", "1,000", "1_000", "١٢٣", "１２３", "¥10", "10元", "3.14159265358979323846",
            "+1", " 1", "1 ", "0.1e1", ".5", "5.", "--1", "1-1");
    private static final List<String> UNICODE = List.of("\uD800", "\uDFFF", "a\uDBFF", "\uDC00b", "\u202Eevil\u202C",
            "\u200B", "\u200D\u200D", "\uFEFF", "e\u0301\u0301\u0301\u0301\u0301", "Z\u0335\u0321\u0322\u0327",
            "\u0000", "a\u0000b", "😀", "👨‍👩‍👧‍👦", "🏳️‍🌈", "𠜎𠜱𠝹", "\uFFFF", "\uFFFE", "\u2028\u2029", "\u0085",
            "\u009B31m", "\u001B[31m", "\t", "\r\n", "\n", " ", "\u3000", "李雷", "ｌｉ", "ﬁ", "İ", "ß", "Ǆ",
            "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u05E2\u05D1\u05E8\u05D9\u05EA", "\u1100\u1161\u11A8",
            "\u0BE7", "\u0F00", "\uD83D");
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "1' OR 1=1 --", "'; DROP TABLE customers; --",
            "\" OR \"\"=\"", "1; SELECT pg_sleep(10)", "1 UNION SELECT NULL, NULL --", "%' --", "\\'", "\\",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "<svg/onload=alert(1)>",
            "'\"--></style></script><script>alert(1)</script>", "${7*7}", "#{7*7}", "[[${7*7}]]", "__${7*7}__",
            "*{7*7}", "@{/admin}", "~{fragments :: x}", "{{7*7}}", "$(id)", "`id`", "; ls", "| cat /etc/passwd",
            "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f", "file:///etc/passwd",
            "http://169.254.169.254/", "//evil.example", "/\\evil.example", "https://evil.example/",
            "x\r\nSet-Cookie: hexmall_shop=stolen", "x\r\n\r\n<h1>injected</h1>", "x%0d%0aX-Injected: 1",
            "x\nFAKE ERROR line", "{\"$gt\":\"\"}", "*)(uid=*))(|(uid=*", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY"
                    + " e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", "%s%s%s%n", "{0}", "%", "%%", "&", "=", "&=&=",
            "+", "#", "?", ";", "null", "undefined", "true", "false", "[]", "{}", "None", "NULL");
    private static final List<String> SHAPES = List.of("", " ", "  13800000002  ", "13800000002", "1380000000",
            "138000000021", "+8613800000002", "138-0000-0002", "han@example.com", "a@b", "@", "x@y@z",
            "demo-pass-2", "123456", "000000", "12345", "1234567", "135790", "2026-12-06", "2026-02-30", "2026-13-01",
            "0000-00-00", "9999-12-31", "-999999999-01-01", "2026-12-06T10:00", "2026-12-06T25:61", "24:00",
            "1970-01-01T00:00:00Z", "PT1H", "P-1D", "Asia/Shanghai", "zh-CN", "en", "xx-YY", "*", "/", "/admin",
            "/login?next=//evil.example");
    private static final String[] CHARSETS = {"no-such-charset", "UTF-7", "utf-16", "UTF-32BE", "\"utf-8\"", "utf-8;;",
            "x-user-defined", "ISO-8859-1", "Shift_JIS", "GB18030", "", "utf-8, latin1", "ＵＴＦ-8", "utf-8\u0000"};
    private static final String[] RAW_ESCAPES = {"%", "%z", "%zz", "%u0041", "%G0", "%0", "%%41", "%C0%AF", "%ED%A0%80",
            "%FF", "%FE%FF", "%E4%BD", "%F4%90%80%80", "%C3", "%00", "%0d%0a", "+%2B+", "%25", "%E2%80%AE"};

    /** The bytes a percent-encoder leaves as they are: ASCII letters and digits, and {@code - . _ ~}. */
    private static final boolean[] UNRESERVED = new boolean[0x80];
    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    static {
        for (int c = 0; c < 0x80; c++) {
            UNRESERVED[c] = Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
        }
    }

    private final List<String> validLooking;

    /** @param validLooking values hexmall accepts somewhere (ids, enum names), mixed in so that validation goes deeper */
    HostileValues(List<String> validLooking) {
        this.validLooking = List.copyOf(validLooking);
    }

    /** One value: hostile most of the time, one that hexmall accepts somewhere otherwise. */
    String value(RandomGenerator random) {
        return switch (random.nextInt(12)) {
            case 0, 1 -> pick(random, NUMBERS);
            case 2, 3 -> pick(random, UNICODE);
            case 4, 5 -> pick(random, INJECTIONS);
            case 6 -> pick(random, SHAPES);
            case 7 -> huge(random);
            case 8 -> randomText(random);
            case 9 -> value(random) + value(random);
            default -> validLooking.isEmpty() ? "" : pick(random, validLooking);
        };
    }

    /** A value short enough for an address or a query string, so that most are read rather than refused as too long. */
    String shortValue(RandomGenerator random) {
        String value = value(random);
        return value.length() > 2_000 ? value.substring(0, random.nextInt(2_000)) : value;
    }

    /** A value that is well-formed but hexmall should still refuse somewhere: mostly the valid-looking ones. */
    String plausible(RandomGenerator random) {
        return random.nextInt(3) == 0 ? value(random) : pick(random, validLooking);
    }

    private static String huge(RandomGenerator random) {
        int length = switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> 256;
            case 2 -> 4_097;
            case 3 -> 65_537;
            case 4 -> 200_000;
            default -> random.nextInt(2_000);
        };
        String unit = switch (random.nextInt(5)) {
            case 0 -> "A";
            case 1 -> "李";
            case 2 -> "😀";
            // A path on this site, which a way back ("next") keeps: 12 characters of an address a unit once encoded.
            case 3 -> "/李";
            default -> "9";
        };
        return unit.repeat(length);
    }

    private static String randomText(RandomGenerator random) {
        var text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            int codePoint = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x20, 0x7F);
                case 1 -> random.nextInt(0, 0x20);
                case 2 -> random.nextInt(0x80, 0xD800);
                default -> random.nextInt(0xE000, 0x110000);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    /** A charset parameter no one should rely on, for a Content-Type header. */
    static String charset(RandomGenerator random) {
        return CHARSETS[random.nextInt(CHARSETS.length)];
    }

    /** An escape that cannot be decoded into text, or decodes into bytes that are not UTF-8. */
    static String rawEscape(RandomGenerator random) {
        return RAW_ESCAPES[random.nextInt(RAW_ESCAPES.length)];
    }

    /**
     * The value percent-encoded for a query string or form body: its UTF-8 bytes, except that a lone surrogate becomes
     * the three bytes a careless encoder writes for it (not UTF-8), and now and then the value goes raw, or in Latin-1.
     */
    static String encode(String value, RandomGenerator random) {
        int how = random.nextInt(10);
        if (how == 0) {
            return value;
        }
        byte[] bytes = how == 1 ? value.getBytes(StandardCharsets.ISO_8859_1) : utf8WithLoneSurrogates(value);
        char[] encoded = new char[bytes.length * 3];
        int length = 0;
        for (byte b : bytes) {
            int unsigned = b & 0xFF;
            if (unsigned < 0x80 && UNRESERVED[unsigned]) {
                encoded[length++] = (char) unsigned;
            } else {
                encoded[length++] = '%';
                encoded[length++] = HEX_DIGITS[unsigned >> 4];
                encoded[length++] = HEX_DIGITS[unsigned & 0xF];
            }
        }
        return new String(encoded, 0, length);
    }

    /** The text as UTF-8, with lone surrogates written as three bytes each (as CESU-8 does), which UTF-8 forbids. */
    static byte[] utf8WithLoneSurrogates(String text) {
        var bytes = new ByteArrayOutputStream(text.length() * 3);
        int wellFormedFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes.writeBytes(text.substring(wellFormedFrom, i).getBytes(StandardCharsets.UTF_8));
                bytes.write(0xE0 | (c >> 12));
                bytes.write(0x80 | ((c >> 6) & 0x3F));
                bytes.write(0x80 | (c & 0x3F));
                wellFormedFrom = i + 1;
            }
        }
        bytes.writeBytes(text.substring(wellFormedFrom).getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    static <T> T pick(RandomGenerator random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
