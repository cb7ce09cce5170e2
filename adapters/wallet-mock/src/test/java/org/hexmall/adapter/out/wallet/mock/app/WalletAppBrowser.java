package org.hexmall.adapter.out.wallet.mock.app;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hexmall.adapter.in.web.common.CsrfProtection;
import org.hexmall.adapter.in.web.common.Messages;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.SessionRealm;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.adapter.out.wallet.mock.WalletSimulator;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.shared.Language;

/**
 * The simulated wallet app's pages served on a free port, as the store serves them (sessions, form tokens,
 * messages), and a browser that does not follow redirects, so that a test sees where each answer leads.
 */
final class WalletAppBrowser implements AutoCloseable {

    /** The form token of the one session every visitor of these pages has. */
    static final String FORM_TOKEN = "the-form-token-of-the-test-session";

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Javalin server;
    private volatile Language language = Language.ENGLISH;

    WalletAppBrowser(WalletSimulator simulator, Instant now) {
        var pages = new PageRenderer(new Messages(List.of("i18n/common", "i18n/mock-wallet")),
                ZoneId.of("Asia/Shanghai"), true);
        var sessions = new WebSessions(presented -> Session.anonymous(new SessionId("s".repeat(40)), FORM_TOKEN,
                language, now), List.of(new SessionRealm("/", "hexmall_shop")), false);
        var formTokens = new CsrfProtection(pages);
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.port = 0;
            config.routes.before(ctx -> {
                sessions.attach(ctx);
                formTokens.check(ctx);
            });
            new SimulatedWalletApp(simulator, pages).register(config.routes);
        }).start();
    }

    /** The language the visitor's session has chosen, from the next request on. */
    void speak(Language chosen) {
        language = chosen;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url(path)).GET());
    }

    /** Submits a form of the pages, with the session's form token as the pages put it there. */
    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> form = new HashMap<>(fields);
        form.put("_csrf", FORM_TOKEN);
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Submits a form as another site's page would: without the session's form token. */
    HttpResponse<String> postFromAnotherSite(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
        browser.close();
    }
}
