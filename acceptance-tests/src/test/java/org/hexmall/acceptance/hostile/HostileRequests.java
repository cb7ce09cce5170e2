package org.hexmall.acceptance.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the hostile requests for one route: its address filled with odd ids, its query string and form or JSON body
 * filled with {@link HostileValues}, sent with the wrong content type, an unknown character set, broken escapes, a
 * truncated multipart body, malformed JSON, odd headers. Signed in as whoever the route is for, with the session's
 * valid form token most of the time, so that the handler's own validation is reached.
 */
final class HostileRequests {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}|<[^>]+>|\\*");
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";
    /**
     * What a path parameter or the segment before it says, and the table of the records it names, the more telling
     * first ({@code /admin/customers/{id}/bindings/{binding}}: a wallet binding, then a customer).
     */
    private static final String[][] RECORD_STEMS = {{"binding", "wallet_bindings"}, {"device", "devices"},
        {"order", "orders"}, {"after-sales", "refund_cases"}, {"approvals", "compensations"},
        {"refund", "refund_cases"}, {"customer", "customers"}, {"payment", "payments"}, {"campaign", "campaigns"},
        {"coupon", "coupons"}, {"risk", "risk_alerts"}, {"alert", "risk_alerts"}, {"agent", "agents"},
        {"compensation", "compensations"}, {"product", "products"}, {"verify", "step_ups"}, {"step-up", "step_ups"}};

    private final InputVocabulary vocabulary;
    private final HostileValues values;

    HostileRequests(InputVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.values = new HostileValues(vocabulary.validLooking());
    }

    /** Whether the suite can fill every part of the route's address (it fails for a route it cannot). */
    static boolean canFill(String path) {
        return path.startsWith("/") && PATH_PARAMETER.matcher(path).replaceAll("x").matches("[\\w/.\\-]*");
    }

    /**
     * One hostile request for the route, drawn from the random source given.
     *
     * @param as who is signed in for this route (null for none: the route needs no one)
     */
    HostileRequest next(String method, String path, SignedIn as, RandomGenerator random) {
        boolean api = path.startsWith("/api/");
        boolean signedIn = as != null && random.nextInt(10) != 0;
        List<String> headers = new ArrayList<>();
        headers.add("X-Forwarded-For: " + clientAddress(random));
        headers.add("Accept-Language: " + (random.nextInt(8) == 0 ? values.shortValue(random).replaceAll("[\\r\\n]", "")
                : random.nextBoolean() ? "en" : "zh-CN,zh;q=0.9"));
        if (signedIn) {
            headers.add(as.cookieHeader() + (random.nextInt(20) == 0 ? "; hexmall_shop=" + values.shortValue(random) : ""));
        } else if (random.nextInt(4) == 0) {
            headers.add("Cookie: hexmall_shop=" + HostileValues.encode(values.shortValue(random), random)
                    + "; hexmall_console=" + UUID.randomUUID());
        }
        if (random.nextInt(40) == 0) {
            headers.add(hostileHeader(random));
        }
        String target = fill(path, random) + queryString(random, method.equals("GET") ? 3 : 12);
        boolean hasBody = !method.equals("GET") && !method.equals("HEAD");
        if (api) {
            apiHeaders(headers, as, signedIn, random);
            if (!hasBody) {
                return new HostileRequest(method, target, headers, new byte[0], who(as, signedIn));
            }
            return jsonRequest(method, target, headers, who(as, signedIn), random);
        }
        if (!hasBody) {
            return new HostileRequest(method, target, headers, new byte[0], who(as, signedIn));
        }
        return formRequest(method, target, headers, signedIn ? as.formToken() : null, who(as, signedIn), random);
    }

    private static String who(SignedIn as, boolean signedIn) {
        return signedIn ? as.name() : "nobody";
    }

    /** Never the address the suite signs in from, so that throttles reached by hostile logins do not lock it out. */
    private String clientAddress(RandomGenerator random) {
        return switch (random.nextInt(12)) {
            case 0 -> values.shortValue(random).replaceAll("[\\r\\n]", "");
            case 1 -> "10.0.0." + random.nextInt(256) + ", 10.0.0.1";
            case 2 -> "2001:db8::" + Integer.toHexString(random.nextInt(65_536));
            default -> "10." + random.nextInt(4) + "." + random.nextInt(4) + "." + random.nextInt(1, 255);
        };
    }

    private String hostileHeader(RandomGenerator random) {
        String value = values.shortValue(random);
        return switch (random.nextInt(6)) {
            case 0 -> "X-Injected: " + value;
            case 1 -> "Referer: " + value.replaceAll("[\\r\\n]", "");
            case 2 -> "User-Agent: " + value.replaceAll("[\\r\\n]", "");
            case 3 -> "Accept: " + value.replaceAll("[\\r\\n]", "");
            case 4 -> "Content-Encoding: gzip";
            default -> "Expect: 100-continue";
        };
    }

    /**
     * The route's address with each parameter filled: half the time, where the store holds records of the kind the
     * parameter names, with one of their ids, so that the handler goes on past finding the record (a customer's
     * wallet, say, needs two right ids before its form is read); otherwise with an odd id.
     */
    private String fill(String path, RandomGenerator random) {
        Matcher parameter = PATH_PARAMETER.matcher(path);
        var filled = new StringBuilder();
        while (parameter.find()) {
            List<String> ids = vocabulary.idsIn(tableNamedAt(path, parameter.start(), parameter.group()));
            String value = !ids.isEmpty() && random.nextBoolean() ? HostileValues.pick(random, ids) : pathValue(random);
            parameter.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(filled);
        return filled.toString();
    }

    /** The table of the records a path parameter names, by its own name or the segment before it; "" for none. */
    private static String tableNamedAt(String path, int start, String parameter) {
        String before = path.substring(0, start);
        String named = parameter + " " + before.substring(before.lastIndexOf('/', Math.max(0, before.length() - 2)));
        for (var stem : RECORD_STEMS) {
            if (named.contains(stem[0])) {
                return stem[1];
            }
        }
        return "";
    }

    private String pathValue(RandomGenerator random) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3, 4 -> HostileValues.encode(values.plausible(random), random).replace("%2F", "/");
            case 5 -> UUID.randomUUID().toString();
            case 6 -> HostileValues.rawEscape(random) + HostileValues.encode(values.shortValue(random), random);
            case 7 -> HostileValues.encode(values.shortValue(random), random);
            case 8 -> random.nextBoolean() ? ".." : "%2e%2e%2fadmin";
            default -> "";
        };
    }

    private String queryString(RandomGenerator random, int inOf) {
        if (random.nextInt(inOf) != 0 && inOf > 3) {
            return "";
        }
        int fields = random.nextInt(1, 6);
        var query = new StringBuilder("?");
        for (int i = 0; i < fields; i++) {
            if (i > 0) {
                query.append('&');
            }
            query.append(name(random)).append('=').append(fieldValue(random, true));
        }
        if (random.nextInt(30) == 0) {
            query.append(("&" + name(random) + "=1").repeat(random.nextInt(100, 3_000)));
        }
        return query.toString();
    }

    private String name(RandomGenerator random) {
        return random.nextInt(15) == 0 ? HostileValues.encode(values.shortValue(random), random)
                : HostileValues.pick(random, vocabulary.fieldNames());
    }

    private String fieldValue(RandomGenerator random, boolean inTheAddress) {
        String value = inTheAddress ? values.shortValue(random) : values.value(random);
        return random.nextInt(12) == 0 ? HostileValues.rawEscape(random) + HostileValues.encode(value, random)
                : HostileValues.encode(value, random);
    }

    private HostileRequest formRequest(String method, String target, List<String> headers, String formToken,
                                       String who, RandomGenerator random) {
        String token = formToken == null ? "" : random.nextInt(15) == 0 ? values.value(random) : formToken;
        String csrf = "_csrf=" + HostileValues.encode(token, random);
        int shape = random.nextInt(10);
        String body;
        switch (shape) {
            case 0, 1, 2, 3, 4 -> body = csrf + "&" + everyField(random, false);
            case 5 -> body = csrf + "&" + someFields(random);
            case 6 -> body = csrf + "&" + someFields(random) + "&" + name(random) + "="
                    + HostileValues.rawEscape(random);
            case 7 -> {
                headers.add("Content-Type: " + wrongType(random));
                return new HostileRequest(method, target, headers, wrongBody(random, csrf), who);
            }
            case 8 -> {
                headers.add("Content-Type: " + FORM + "; charset=" + HostileValues.charset(random));
                return new HostileRequest(method, target, headers, (csrf + "&" + someFields(random))
                        .getBytes(StandardCharsets.ISO_8859_1), who);
            }
            default -> {
                return multipart(method, target, headers, token, who, random);
            }
        }
        headers.add("Content-Type: " + FORM);
        return new HostileRequest(method, target, headers, body.getBytes(StandardCharsets.ISO_8859_1), who);
    }

    /**
     * Every field any form has, with values hexmall accepts somewhere, and one to three of them hostile: whichever
     * fields the route reads are there, so its validation runs past the first missing one.
     */
    private String everyField(RandomGenerator random, boolean json) {
        List<String> names = json ? vocabulary.jsonProperties() : vocabulary.fieldNames();
        int hostile = random.nextInt(1, 4);
        List<Integer> focus = new ArrayList<>();
        for (int i = 0; i < hostile; i++) {
            focus.add(random.nextInt(names.size()));
        }
        var fields = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String value = focus.contains(i) ? values.value(random)
                    : HostileValues.pick(random, vocabulary.validLooking());
            if (json) {
                fields.append(fields.isEmpty() ? "" : ",").append(JsonValues.string(names.get(i))).append(':')
                        .append(focus.contains(i) ? JsonValues.any(value, random) : JsonValues.string(value));
            } else {
                fields.append(fields.isEmpty() ? "" : "&").append(names.get(i)).append('=')
                        .append(HostileValues.encode(value, random));
            }
        }
        return fields.toString();
    }

    private String someFields(RandomGenerator random) {
        int count = random.nextInt(1, 7);
        var fields = new StringBuilder();
        for (int i = 0; i < count; i++) {
            fields.append(i == 0 ? "" : "&").append(name(random)).append('=').append(fieldValue(random, false));
        }
        return fields.toString();
    }

    private String wrongType(RandomGenerator random) {
        return switch (random.nextInt(8)) {
            case 0 -> JSON;
            case 1 -> "text/plain";
            case 2 -> "application/xml";
            case 3 -> "application/octet-stream";
            case 4 -> "";
            case 5 -> FORM + "/x";
            case 6 -> values.shortValue(random).replaceAll("[\\r\\n]", "");
            default -> "multipart/form-data";
        };
    }

    private byte[] wrongBody(RandomGenerator random, String csrf) {
        return switch (random.nextInt(4)) {
            case 0 -> ("{\"_csrf\":" + JsonValues.string(csrf) + "}").getBytes(StandardCharsets.UTF_8);
            case 1 -> new byte[0];
            case 2 -> randomBytes(random, random.nextInt(1, 2_000));
            default -> csrf.getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    private HostileRequest multipart(String method, String target, List<String> headers, String token, String who,
                                     RandomGenerator random) {
        String boundary = "hexmall" + Long.toHexString(random.nextLong());
        var body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n");
        int fields = random.nextInt(1, 5);
        for (int i = 0; i < fields; i++) {
            String disposition = random.nextInt(6) == 0 ? "form-data; name=\"" + values.shortValue(random) + "\"; filename=\""
                    + values.shortValue(random) + "\"" : "form-data; name=\"" + name(random) + "\"";
            write(body, "--" + boundary + "\r\nContent-Disposition: " + disposition.replaceAll("[\\r\\n]", "")
                    + "\r\n\r\n");
            body.writeBytes(HostileValues.utf8WithLoneSurrogates(values.value(random)));
            write(body, "\r\n");
        }
        int how = random.nextInt(5);
        if (how == 0) {
            write(body, "--" + boundary + "--\r\n");
        }
        byte[] bytes = body.toByteArray();
        if (how == 1) {
            bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        String type = switch (how) {
            case 2 -> "multipart/form-data";
            case 3 -> "multipart/form-data; boundary=" + (random.nextBoolean() ? "other" : "\"" + boundary);
            default -> "multipart/form-data; boundary=" + boundary;
        };
        headers.add("Content-Type: " + type);
        return new HostileRequest(method, target, headers, bytes, who);
    }

    private void apiHeaders(List<String> headers, SignedIn as, boolean signedIn, RandomGenerator random) {
        if (signedIn) {
            headers.removeIf(header -> header.startsWith("Cookie:"));
            headers.add("Authorization: Bearer " + as.bearerToken());
            if (random.nextInt(4) != 0) {
                headers.add("Hexmall-Device: " + as.deviceToken());
            }
        } else if (random.nextInt(3) == 0) {
            headers.add("Authorization: " + (random.nextBoolean() ? "Bearer " : "Basic ")
                    + values.shortValue(random).replaceAll("[\\r\\n]", ""));
        }
        switch (random.nextInt(6)) {
            case 0 -> headers.add("Idempotency-Key: " + values.shortValue(random).replaceAll("[\\r\\n]", ""));
            case 1, 2, 3 -> headers.add("Idempotency-Key: " + UUID.randomUUID());
            default -> {
                // no key: the operations that need one must say so
            }
        }
        if (random.nextInt(10) == 0) {
            headers.add("Prefer: wait=" + HostileValues.pick(random, List.of("0", "1", "-1", "x", "99999999999999999999",
                    "2147483648", "1.5", "")));
        }
        if (random.nextInt(10) == 0) {
            headers.add("Hexmall-Device: " + values.shortValue(random).replaceAll("[\\r\\n]", ""));
        }
        if (random.nextInt(10) == 0) {
            headers.add("X-CSRF-Token: " + values.shortValue(random).replaceAll("[\\r\\n]", ""));
        }
    }

    private HostileRequest jsonRequest(String method, String target, List<String> headers, String who,
                                       RandomGenerator random) {
        int shape = random.nextInt(10);
        byte[] body = switch (shape) {
            case 0, 1, 2, 3 -> ("{" + everyField(random, true) + "}").getBytes(StandardCharsets.UTF_8);
            case 4 -> JsonValues.any(values.value(random), random).getBytes(StandardCharsets.UTF_8);
            case 5, 6 -> JsonValues.malformed(values.value(random), random);
            case 7 -> JsonValues.brokenText(values.value(random), random);
            default -> randomBytes(random, random.nextInt(0, 300));
        };
        String type = switch (shape) {
            case 8 -> wrongType(random);
            case 9 -> JSON + "; charset=" + HostileValues.charset(random);
            default -> random.nextInt(8) == 0 ? "application/problem+json" : JSON;
        };
        headers.add("Content-Type: " + type);
        return new HostileRequest(method, target, headers, body, who);
    }

    private static byte[] randomBytes(RandomGenerator random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
