package org.hexmall.simulator.wallet.app;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.web.PageHost;

/**
 * The simulated wallet app's pages served on a free port as the store serves them: by a host that tells them its
 * visitor's language and form token, and refuses a form without that token. A browser that does not follow
 * redirects, so that a test sees where each answer leads.
 */
final class WalletAppBrowser implements AutoCloseable {

    /** The form token of the one visitor of these pages. */
    static final String FORM_TOKEN = "the-form-token-of-the-test-session";

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Javalin server;
    private volatile Locale language = Locale.ENGLISH;

    WalletAppBrowser(WalletSimulator simulator) {
        var host = new PageHost() {
            @Override
            public Locale language(Context ctx) {
                return language;
            }

            @Override
            public String formToken(Context ctx) {
                return FORM_TOKEN;
            }

            @Override
            public String languageLink(Locale chosen, String back) {
                return "/language/" + chosen.toLanguageTag() + "?next=" + encode(back);
            }
        };
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.port = 0;
            config.routes.before(ctx -> {
                if (ctx.method() == HandlerType.POST && !FORM_TOKEN.equals(ctx.formParam("_csrf"))) {
                    ctx.status(403).result("form token missing");
                    ctx.skipRemainingHandlers();
                }
            });
            new SimulatedWalletApp(simulator, host, ZoneId.of("Asia/Shanghai"), true).register(config.routes);
        }).start();
    }

    /** The language the visitor chose on the host's site, from the next request on. */
    void speak(Locale chosen) {
        language = chosen;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url(path)).GET());
    }

    /** Submits a form of the pages, with the visitor's form token as the pages put it there. */
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

    /** Submits a form as another site's page would: without the visitor's form token. */
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
