package org.hexmall.adapter.in.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
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
    ApiTestServer(Consumer<JavalinConfig> before) {
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.events.handlerAdded(handler -> {
                if (handler.getHttpMethod().isHttpMethod()) {
                    registered.add(handler.getHttpMethod().name() + " " + handler.getPath());
                }
            });
            before.accept(config);
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

    /**
     * Sends the request exactly as written, for addresses and headers that Java's HTTP client refuses to send.
     * It speaks HTTP/1.0, so that the answer comes whole rather than in chunks.
     */
    Reply raw(String method, String target, String body, String... headerLines) {
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.0\r\nHost: localhost\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(content);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int endOfHead = answer.indexOf("\r\n\r\n");
            String[] head = answer.substring(0, endOfHead).split("\r\n");
            var headers = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
            for (String line : Arrays.copyOfRange(head, 1, head.length)) {
                headers.computeIfAbsent(line.substring(0, line.indexOf(':')).strip(), name -> new ArrayList<>())
                        .add(line.substring(line.indexOf(':') + 1).strip());
            }
            return new Reply(Integer.parseInt(head[0].split(" ")[1]), HttpHeaders.of(headers, (name, value) -> true),
                    answer.substring(endOfHead + 4));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
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
