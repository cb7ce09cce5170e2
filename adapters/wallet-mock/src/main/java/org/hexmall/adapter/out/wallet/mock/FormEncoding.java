package org.hexmall.adapter.out.wallet.mock;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Parameters as {@code application/x-www-form-urlencoded}: a notification's body, or a return URL's query. */
final class FormEncoding {

    private FormEncoding() {
    }

    static String encode(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The URL with the parameters added to its query, after any it has already. */
    static URI appendToQuery(URI url, Map<String, String> parameters) {
        String text = url.toString();
        int fragment = text.indexOf('#');
        String withoutFragment = fragment < 0 ? text : text.substring(0, fragment);
        String separator = url.getRawQuery() == null ? "?" : "&";
        return URI.create(withoutFragment + separator + encode(parameters));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
