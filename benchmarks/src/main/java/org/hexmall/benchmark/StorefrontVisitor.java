package org.hexmall.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person in a browser on the storefront's pages: keeps the session cookie, sends each form with the session's
 * form token read off the page, and follows no redirect by itself so that the caller sees where each step leads.
 * Only the benchmark's setup uses it; the checkouts go through the JSON API.
 */
final class StorefrontVisitor {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser;

    StorefrontVisitor(URI base) {
        this.base = base;
        this.browser = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
    }

    /**
     * The device cookie the store gave this browser: an app on the same phone sends it to the JSON API's login, so
     * that the device the account trusts from its first login is known there too.
     */
    String deviceToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("hexmall_device"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the store gave the browser no device cookie"))
                .getValue();
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET());
    }

    /**
     * Opens the page, then submits its form: the fields given and the form token the page carries.
     *
     * @return the answer to the submission, which the caller checks
     */
    HttpResponse<String> submit(String page, String action, Map<String, String> fields) {
        HttpResponse<String> shown = get(page);
        Matcher token = FORM_TOKEN.matcher(shown.body());
        if (shown.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("GET " + page + " answered " + shown.statusCode() + " without a form");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", token.group(1));
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Where a redirect points, or an exception naming the step that did not redirect. */
    static String redirectOf(String step, HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (response.statusCode() / 100 != 3 || location == null) {
            throw new IllegalStateException(step + " answered " + response.statusCode() + " instead of a redirect");
        }
        return location;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return browser.send(request.timeout(TIMEOUT).header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new IllegalStateException("The storefront did not answer", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", interrupted);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
