package org.hexmall.acceptance.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * One customer talking to a running hexmall over plain HTTP or HTTPS: on the storefront's pages as a browser without
 * script does (a session cookie, the form token each page carries, redirects looked at rather than followed), and on
 * the JSON API as an app does (a bearer token). Any answer it did not expect fails the test, naming the request.
 */
public final class HttpShopper {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI store;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private String bearerToken;
    /** The device token the JSON API gave this client; until it gives one, the browser's device cookie is sent. */
    private String deviceToken;

    /** A customer of hexmall at {@code store}; over HTTPS, trusting the JDK's authorities. */
    public HttpShopper(URI store) {
        this(store, HttpClient.newBuilder());
    }

    /** A customer of hexmall at {@code store}, over HTTPS trusting the certificates {@code trust} trusts. */
    public HttpShopper(URI store, SSLContext trust) {
        this(store, HttpClient.newBuilder().sslContext(trust));
    }

    private HttpShopper(URI store, HttpClient.Builder client) {
        this.store = store;
        this.http = client.cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
    }

    /** Opens a page and answers its text. */
    public String page(String path) {
        return expect(send(HttpRequest.newBuilder(store.resolve(path)).GET()), 200, "GET " + path).body();
    }

    /** Opens a page that answers with {@code expectedStatus} (a refusal, say) and answers its text. */
    public String page(String path, int expectedStatus) {
        return expect(send(HttpRequest.newBuilder(store.resolve(path)).GET()), expectedStatus, "GET " + path).body();
    }

    /** Opens the page, submits its form with the fields given and the page's form token, and answers where it leads. */
    public URI submit(String page, Map<String, String> fields) {
        return submit(page, page, fields);
    }

    /** Opens the page and submits one of its forms, the one posting to {@code action}, as {@link #submit} does. */
    public URI submit(String page, String action, Map<String, String> fields) {
        return redirectOf(post(page, action, fields), "POST " + action);
    }

    /**
     * Opens the page and submits its form as {@link #submit} does, for a form that answers with a page rather than
     * leading on (a refusal, say), and answers that page's text.
     *
     * @param expectedStatus the one status that lets the test go on
     */
    public String submitAnswered(String page, Map<String, String> fields, int expectedStatus) {
        return submitAnswered(page, page, fields, expectedStatus);
    }

    /** As {@link #submitAnswered(String, Map, int)}, for the page's form that posts to {@code action}. */
    public String submitAnswered(String page, String action, Map<String, String> fields, int expectedStatus) {
        return expect(post(page, action, fields), expectedStatus, "POST " + action).body();
    }

    /**
     * Opens the page and submits its form as {@link #submit} does, whatever it answers: for a test in which either of
     * two outcomes may come (two people submitting the same form at once, of whom one is first).
     */
    public HttpResponse<String> submitAnyAnswer(String page, String action, Map<String, String> fields) {
        return post(page, action, fields);
    }

    private HttpResponse<String> post(String page, String action, Map<String, String> fields) {
        Matcher token = FORM_TOKEN.matcher(page(page));
        if (!token.find()) {
            throw new AssertionError("GET " + page + " showed no form");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", token.group(1));
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(store.resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Follows a link, such as the way back from the wallet app, and answers where it redirects to. */
    public URI follow(URI link) {
        return redirectOf(send(HttpRequest.newBuilder(store.resolve(link)).GET()), "GET " + link.getPath());
    }

    /**
     * Logs in to the JSON API from this customer's device, one the account trusts (the browser's, once it logged in on
     * the shop's pages); the calls that follow carry the bearer token it gives.
     */
    public void logInToApi(String login, String password) {
        tryToLogInToApi(login, password, 201);
    }

    /**
     * Sends login and password to the JSON API from this customer's device and answers what hexmall answered: a token,
     * or a problem such as the new device's code. Keeps the token and the device token it gives, as an app does.
     */
    public JsonNode tryToLogInToApi(String login, String password, int expectedStatus) {
        String credentials = json.createObjectNode().put("login", login).put("password", password).toString();
        return kept(api("POST", "/api/v1/tokens", credentials, null, expectedStatus));
    }

    /** Sends the code of a login held on this device to the JSON API, keeping the token it gives. */
    public JsonNode enterNewDeviceCode(String code, boolean trustDevice, int expectedStatus) {
        String body = json.createObjectNode().put("code", code).put("trustDevice", trustDevice).toString();
        return kept(api("POST", "/api/v1/tokens/new-device-code", body, null, expectedStatus));
    }

    /** The device token this client sends to the JSON API's login, if it has one. */
    public Optional<String> deviceToken() {
        if (deviceToken != null) {
            return Optional.of(deviceToken);
        }
        return cookies().stream().filter(cookie -> cookie.getName().equals("hexmall_device")).findFirst()
                .map(HttpCookie::getValue);
    }

    private JsonNode kept(JsonNode answer) {
        if (answer.hasNonNull("deviceToken")) {
            deviceToken = answer.get("deviceToken").asText();
        }
        if (answer.hasNonNull("token")) {
            bearerToken = answer.get("token").asText();
        }
        return answer;
    }

    /**
     * A JSON API call as this customer.
     *
     * @param body           the JSON to send, or null for none
     * @param idempotencyKey the key of a POST that needs one, or null
     * @param expectedStatus the one status that lets the test go on
     */
    public JsonNode api(String method, String path, String body, String idempotencyKey, int expectedStatus) {
        return api(method, path, body, idempotencyKey, expectedStatus, Map.of());
    }

    /** As {@link #api(String, String, String, String, int)}, with further headers, such as {@code Prefer}. */
    public JsonNode api(String method, String path, String body, String idempotencyKey, int expectedStatus,
                        Map<String, String> headers) {
        HttpResponse<String> answer = apiAnswer(method, path, body, idempotencyKey, expectedStatus, headers);
        try {
            return json.readTree(answer.body());
        } catch (IOException notJson) {
            throw new UncheckedIOException(method + " " + path + " did not answer JSON", notJson);
        }
    }

    /** As {@link #api(String, String, String, String, int, Map)}, answering the whole answer, headers and all. */
    public HttpResponse<String> apiAnswer(String method, String path, String body, String idempotencyKey,
                                          int expectedStatus, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(store.resolve(path)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        deviceToken().ifPresent(token -> request.header("Hexmall-Device", token));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        headers.forEach(request::header);
        return expect(send(request), expectedStatus, method + " " + path);
    }

    /** The cookies hexmall has set, as the customer's client keeps them. */
    public List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException noAnswer) {
            throw new UncheckedIOException("hexmall did not answer", noAnswer);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for hexmall", interrupted);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> answer, int status, String request) {
        if (answer.statusCode() != status) {
            throw new AssertionError(request + " answered " + answer.statusCode() + ", not " + status + ": "
                    + answer.body());
        }
        return answer;
    }

    private static URI redirectOf(HttpResponse<String> answer, String request) {
        Optional<String> location = answer.headers().firstValue("Location");
        if (answer.statusCode() / 100 != 3 || location.isEmpty()) {
            throw new AssertionError(request + " answered " + answer.statusCode() + " instead of a redirect");
        }
        return URI.create(location.get());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
