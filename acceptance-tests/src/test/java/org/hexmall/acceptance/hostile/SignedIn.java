package org.hexmall.acceptance.hostile;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hexmall.acceptance.browser.MovableClock;
import org.hexmall.acceptance.http.HttpShopper;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.security.AddressThrottlePolicy;
import org.hexmall.domain.security.LoginLockoutPolicy;

/**
 * Someone signed in to a running hexmall (a customer in the shop, an agent or a supervisor in the console, an app on
 * the JSON API), so that hostile requests carry a live session and its form token and reach the handlers' own
 * checks, not only the form-token check. A hostile request may end the session (a log-out, a revoked device): then
 * {@link #ensureAlive} signs in again from the same device.
 *
 * <p>A hostile login whose forwarded address hexmall cannot read counts against the address the connection comes
 * from, the suite's own, so after enough wrong passwords there hexmall locks the suite's next login or holds it for a
 * security check, as it should. A person would wait; the suite lets that time pass on hexmall's clock and signs in
 * again. Hostile passwords sent to the customer's own "Freeze my account" form freeze the account once they lock its
 * login, as they should: then customer service unfreezes it ({@link #whenFrozen}), as for a person.
 */
final class SignedIn {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    /**
     * Longer than every lock and window that refuses a login with the right password: an account's lock after wrong
     * passwords, an address's lock, and the risk rules' count of failed logins from one address.
     */
    private static final Duration LOCKS_PASSED = Stream.of(LoginLockoutPolicy.STANDARD.lockDuration(),
                    AddressThrottlePolicy.STANDARD.lockDuration(), RiskSettings.defaults().failedLoginWindow())
            .max(Duration::compareTo).orElseThrow().plusMinutes(1);

    private final URI store;
    private final MovableClock clock;
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
    private Runnable unfreeze = () -> {
    };

    private SignedIn(URI store, MovableClock clock, String name, String loginPage, Map<String, String> credentials,
                     String probePage, boolean api) {
        this.store = store;
        this.clock = clock;
        this.name = name;
        this.loginPage = loginPage;
        this.credentials = credentials;
        this.probePage = probePage;
        this.api = api;
        this.client = new HttpShopper(store);
        signIn();
    }

    static SignedIn customer(URI store, MovableClock clock, String phone, String password) {
        return new SignedIn(store, clock, "customer " + phone, "/login",
                Map.of("login", phone, "password", password), "/account", true);
    }

    static SignedIn agent(URI store, MovableClock clock, String username, String password) {
        return new SignedIn(store, clock, "agent " + username, "/admin/login",
                Map.of("username", username, "password", password), "/admin", false);
    }


    String name() {
        return name;
    }

    /** What has the account unfrozen when a login finds it frozen. */
    void whenFrozen(Runnable unfreeze) {
        this.unfreeze = unfreeze;
    }

    /** The device they are signed in on, for setting up what the hostile requests then find. */
    HttpShopper client() {
        return client;
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
        HttpResponse<String> login = client.submitAnyAnswer(loginPage, loginPage, credentials);
        boolean lockedOrHeld = login.statusCode() == 429 || login.statusCode() == 403;
        if (lockedOrHeld) {
            System.out.printf("hostile input: %s refused %s with %d; %d minutes pass on hexmall's clock%n", loginPage,
                    name, login.statusCode(), LOCKS_PASSED.toMinutes());
            clock.moveOn(LOCKS_PASSED);
            login = client.submitAnyAnswer(loginPage, loginPage, credentials);
            if (login.statusCode() == 403) {
                System.out.printf("hostile input: %s is frozen; customer service unfreezes it%n", name);
                unfreeze.run();
                login = client.submitAnyAnswer(loginPage, loginPage, credentials);
            }
        }
        if (login.statusCode() / 100 != 3) {
            throw new AssertionError("POST " + loginPage + " answered " + name + " with " + login.statusCode()
                    + (lockedOrHeld ? " after " + LOCKS_PASSED.toMinutes() + " minutes had passed" : "")
                    + " instead of a redirect");
        }
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
