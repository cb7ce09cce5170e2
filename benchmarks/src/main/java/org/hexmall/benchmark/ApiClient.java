package org.hexmall.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * The client both sides of the benchmark share: one {@link HttpClient} (HTTP/1.1, kept-alive connections) that
 * sends JSON and reads JSON back, and fails loudly on any status it did not expect.
 */
final class ApiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    ApiClient() {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
    }

    /** A request to send; {@code body} is JSON, or null for none. */
    static HttpRequest.Builder request(URI uri, String method, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json");
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    /** Sends it and reads the JSON answer; throws, naming the step, on a status not in {@code expected}. */
    JsonNode send(String step, HttpRequest request, Set<Integer> expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (!expected.contains(response.statusCode())) {
            throw new UnexpectedAnswer(step + " answered " + response.statusCode() + problemCode(response.body()));
        }
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }

    String toJson(Object value) throws IOException {
        return json.writeValueAsString(value);
    }

    private String problemCode(String body) {
        try {
            JsonNode problem = json.readTree(body);
            return problem.hasNonNull("code") ? " (" + problem.get("code").asText() + ")" : "";
        } catch (IOException notJson) {
            return "";
        }
    }

    /** An answer the benchmark did not expect: the step failed. */
    static final class UnexpectedAnswer extends IOException {
        UnexpectedAnswer(String message) {
            super(message);
        }
    }
}
