package org.hexmall.simulator.wallet;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A stand-in for the store's notify endpoint: answers with the given statuses in turn (the last one from then
 * on) and keeps what it received.
 */
final class StoreNotifyEndpoint implements AutoCloseable {

    record Received(String path, String contentType, Map<String, String> parameters) {
    }

    private final HttpServer server;
    private final List<Integer> statuses;
    private final AtomicInteger answered = new AtomicInteger();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private StoreNotifyEndpoint(List<Integer> statuses) throws IOException {
        this.statuses = statuses;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    static StoreNotifyEndpoint answering(Integer... statuses) throws IOException {
        return new StoreNotifyEndpoint(List.of(statuses));
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"), formParameters(body)));
        int status = statuses.get(Math.min(answered.getAndIncrement(), statuses.size() - 1));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static Map<String, String> formParameters(String body) {
        return Arrays.stream(body.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> decode(pair[1])));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
