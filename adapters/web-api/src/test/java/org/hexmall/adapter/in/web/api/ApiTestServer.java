package org.hexmall.adapter.in.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Javalin on a free port with the API mounted on {@link FakeInPorts}, and an HTTP client to call it. It
 * records every endpoint Javalin registers, so tests can compare them with the OpenAPI document.
 */
final class ApiTestServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final FakeInPorts fakes = new FakeInPorts();
    private final List<String> registered = new ArrayList<>();
    private final Javalin server;
    private final HttpClient http = HttpClient.newHttpClient();

    ApiTestServer() {
        this(routes -> {
        });
    }

    /** @param before what the server registers before the API, such as the storefront's error pages */
    ApiTestServer(Consumer<RoutesConfig> before) {
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.events.handlerAdded(handler -> {
                if (handler.getHttpMethod().isHttpMethod()) {
                    registered.add(handler.getHttpMethod().name() + " " + handler.getPath());
                }
            });
            before.accept(config.routes);
            fakes.routes().register(config.routes);
        }).start(0);
    }

    /** "GET /api/v1/cart" and so on, for every HTTP endpoint Javalin registered. */
    Set<String> registeredEndpoints() {
        return new TreeSet<>(registered);
    }

    Reply get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** Sends {@code body} as application/json unless the headers name another Content-Type. */
    Reply send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !typed) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    record Reply(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException notJson) {
                throw new AssertionError("not JSON: " + body, notJson);
            }
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
