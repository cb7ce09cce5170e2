package org.hexmall.acceptance.hostile;

import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hexmall.acceptance.http.HttpShopper;

/**
 * Someone signed in to a running hexmall (a customer in the shop, an agent or a supervisor in the console, an app on
 * the JSON API), so that hostile requests carry a live session and its form token and reach the handlers' own
 * checks, not only the form-token check. A hostile request may end the session (a log-out, a revoked device): then
 * {@link #ensureAlive} signs in again from the same device.
 */
final class SignedIn {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final URI store;
    private final String name;
    private final String loginPage;
    private final Map<String, String> credentials;
    private final String probePage;
    private final boolean api;
    /** Keeps the device cookie, so that signing in again is from the device the account already trusts. */
    private final HttpShopper client;
    private String cookieHeader;
    private String formToken;
    private String bearerToken;
    private String deviceToken;

    private SignedIn(URI store, String name, String loginPage, Map<String, String> credentials, String probePage,
                     boolean api) {
        this.store = store;
        this.name = name;
        this.loginPage = loginPage;
        this.credentials = credentials;
        this.probePage = probePage;
        this.api = api;
        this.client = new HttpShopper(store);
        signIn();
    }

    static SignedIn customer(URI store, String phone, String password) {
        return new SignedIn(store, "customer " + phone, "/login", Map.of("login", phone, "password", password),
                "/account", true);
    }

    static SignedIn agent(URI store, String username, String password) {
        return new SignedIn(store, "agent " + username, "/admin/login",
                Map.of("username", username, "password", password), "/admin", false);
    }


    String name() {
        return name;
    }

    String cookieHeader() {
        return cookieHeader;
    }

    String formToken() {
        return formToken;
    }

    String bearerToken() {
        return bearerToken;
    }

    String deviceToken() {
        return deviceToken;
    }

    /** Signs in again when the session has ended; answers whether it had. */
    boolean ensureAlive(RawConnection connection) {
        RawConnection.Answer probe = connection.send("GET", probePage, List.of(cookieHeader), new byte[0]);
        if (probe.status() == 200 && (!api || apiAlive(connection))) {
            return false;
        }
        signIn();
        return true;
    }

    private boolean apiAlive(RawConnection connection) {
        return connection.send("GET", "/api/v1/cart", List.of("Authorization: Bearer " + bearerToken),
                new byte[0]).status() == 200;
    }

    private void signIn() {
        // The shopper's usual device: an account's first login trusts its device, and every later one is from it.
        client.submit(loginPage, credentials);
        cookieHeader = "Cookie: " + client.cookies().stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
        Matcher token = FORM_TOKEN.matcher(client.page(probePage));
        if (!token.find()) {
            throw new AssertionError(probePage + " showed no form token after " + name + " signed in");
        }
        formToken = token.group(1);
        if (api) {
            bearerToken = client.tryToLogInToApi(credentials.get("login"), credentials.get("password"), 201)
                        .path("token").asText();
            deviceToken = client.deviceToken().orElse("");
        }
    }
}
