package org.hexmall.simulator.wallet.notification;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Parameters as {@code application/x-www-form-urlencoded}: a notification's body, or a return URL's query. */
public final class FormEncoding {

    private FormEncoding() {
    }

    public static String encode(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The parameters of a form-encoded text, as {@link #encode(Map)} wrote them. */
    public static Map<String, String> decode(String form) {
        Map<String, String> parameters = new TreeMap<>();
        for (String pair : form.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                parameters.put(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
                        equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    /**
     * The URL with the parameters added to its query, after any it has already. One it has with the name of a
     * new one is left out, so that every name appears once: a store that puts {@code provider} in its return
     * URL finds the provider's signed one there instead, with the same meaning, and a signature that checks out.
     */
    public static URI appendToQuery(URI url, Map<String, String> parameters) {
        String text = url.toString();
        int fragment = text.indexOf('#');
        String withoutFragment = fragment < 0 ? text : text.substring(0, fragment);
        int queryStart = withoutFragment.indexOf('?');
        String base = queryStart < 0 ? withoutFragment : withoutFragment.substring(0, queryStart);
        Stream<String> kept = queryStart < 0 ? Stream.empty()
                : Arrays.stream(withoutFragment.substring(queryStart + 1).split("&"))
                        .filter(pair -> !pair.isEmpty() && !parameters.containsKey(decodedName(pair)));
        String query = Stream.concat(kept, Stream.of(encode(parameters)))
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining("&"));
        return URI.create(base + "?" + query);
    }

    private static String decodedName(String pair) {
        int equals = pair.indexOf('=');
        return URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
