package org.hexmall.adapter.in.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErrorPagesTest {

    private Javalin server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startServerWithABrokenRoute() {
        var pages = new PageRenderer(new Messages(List.of("i18n/common")), ZoneId.of("UTC"), false);
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.before(SecurityHeaders::apply);
            new ErrorPages(pages).register(config.routes);
            config.routes.get("/broken", ctx -> {
                throw new IllegalStateException("secret internal detail");
            });
        }).start(0);
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void anUnexpectedErrorShowsAFriendlyPageWithAReferenceAndNoStackTrace() throws Exception {
        HttpResponse<String> response = get("/broken");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Something went wrong");
        Matcher reference = Pattern.compile("quote this reference: ([0-9a-f]{8})").matcher(response.body());
        assertThat(reference.find()).as("a reference to quote").isTrue();
        assertThat(response.body()).doesNotContain("secret internal detail", "IllegalStateException", "at org.");
    }

    @Test
    void anUnknownAddressShowsAFriendlyNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1>Page not found</h1>");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = get("/no/such/page");

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void overPlainHttpNoPageTellsTheBrowserToKeepToHttps() throws Exception {
        HttpResponse<String> response = get("/no/such/page");

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
