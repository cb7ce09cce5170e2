package org.hexmall.adapter.in.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /api/openapi.json} describes exactly the routes the API registers, no more and no fewer. */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private final ApiTestServer api = new ApiTestServer();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void everyRegisteredRouteIsDocumentedAndEveryDocumentedRouteIsRegistered() {
        JsonNode document = served();

        assertThat(documentedRoutes(document)).isEqualTo(api.registeredEndpoints());
        assertThat(api.registeredEndpoints()).contains("POST /api/v1/tokens", "POST /api/v1/orders/{id}/payments",
                "GET /api/v1/offers", "GET /api/v1/coupons", "POST /api/v1/coupons", "GET /api/v1/points",
                "GET /api/v1/wallet-reconfirmations/{provider}/return");
    }

    @Test
    void theOffersAreOpenToEveryone_andAClaimNeedsAnIdempotencyKeyAndACampaignId() {
        JsonNode document = served();

        assertThat(document.at("/paths/~1api~1v1~1offers/get/security").isEmpty()).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1coupons/post/parameters/0/$ref").asText())
                .isEqualTo("#/components/parameters/IdempotencyKey");
        assertThat(document.at("/components/schemas/ClaimRequest/required").toString()).isEqualTo("[\"campaignId\"]");
        assertThat(document.at("/paths/~1api~1v1~1coupons/get/parameters/0/schema/enum").toString())
                .isEqualTo("[\"available\",\"used\",\"expired\"]");
    }

    @Test
    void itIsOpenApi31WithABearerSchemeAndTheProblemSchema() {
        JsonNode document = served();

        assertThat(document.path("openapi").asText()).startsWith("3.1.");
        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/sessionCookie/name").asText())
                .isEqualTo(FakeInPorts.SESSION_COOKIE);
        assertThat(document.at("/components/schemas/Problem/required").toString())
                .contains("\"type\"", "\"title\"", "\"status\"", "\"detail\"", "\"instance\"", "\"code\"");
        assertThat(document.at("/components/schemas/Money/properties/fen/type").asText()).isEqualTo("integer");
    }

    @Test
    void everyOperationHasAnIdResponsesAndItsPathParametersAndEveryReferenceResolves() {
        JsonNode document = served();
        List<String> operationIds = new ArrayList<>();

        for (Map.Entry<String, JsonNode> path : entries(document.path("paths"))) {
            for (Map.Entry<String, JsonNode> operation : entries(path.getValue())) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String where = operation.getKey() + " " + path.getKey();
                operationIds.add(operation.getValue().path("operationId").asText());
                assertThat(operation.getValue().path("responses").size()).as(where).isPositive();
                for (String parameter : path.getKey().split("/")) {
                    if (parameter.startsWith("{")) {
                        assertThat(pathParameters(document, path.getValue(), operation.getValue())).as(where)
                                .contains(parameter.substring(1, parameter.length() - 1));
                    }
                }
            }
        }
        assertThat(operationIds).doesNotContain("").doesNotHaveDuplicates();
        assertEveryReferenceResolves(document, document);
    }

    @Test
    void theAnswerToPaying_isDocumentedWithEveryFieldItCarries_itsAmountAsMoney() {
        JsonNode started = served().at("/components/schemas/PaymentStarted");
        List<String> fields = Arrays.stream(PaymentsResource.StartedJson.class.getRecordComponents())
                .map(RecordComponent::getName).toList();

        List<String> required = new ArrayList<>();
        started.path("required").forEach(field -> required.add(field.asText()));
        assertThat(required).containsExactlyElementsOf(fields);
        assertThat(entries(started.path("properties"))).extracting(Map.Entry::getKey)
                .containsExactlyElementsOf(fields);
        assertThat(started.at("/properties/amount/$ref").asText()).isEqualTo("#/components/schemas/Money");
    }

    @Test
    void theDocumentIsServedAsJsonWithoutLoggingIn() {
        ApiTestServer.Reply reply = api.get("/api/openapi.json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
    }

    private JsonNode served() {
        return api.get("/api/openapi.json").json();
    }

    private static Set<String> documentedRoutes(JsonNode document) {
        Set<String> routes = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : entries(document.path("paths"))) {
            for (Map.Entry<String, JsonNode> operation : entries(path.getValue())) {
                if (METHODS.contains(operation.getKey())) {
                    routes.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return routes;
    }

    private static Set<String> pathParameters(JsonNode document, JsonNode path, JsonNode operation) {
        Set<String> names = new TreeSet<>();
        List<JsonNode> parameters = new ArrayList<>();
        path.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
            JsonNode resolved = parameter.has("$ref") ? resolve(document, parameter.path("$ref").asText()) : parameter;
            if (resolved.path("in").asText().equals("path") && resolved.path("required").asBoolean()) {
                names.add(resolved.path("name").asText());
            }
        }
        return names;
    }

    private static void assertEveryReferenceResolves(JsonNode document, JsonNode node) {
        if (node.has("$ref")) {
            assertThat(resolve(document, node.path("$ref").asText()).isMissingNode())
                    .as(node.path("$ref").asText()).isFalse();
        }
        node.forEach(child -> assertEveryReferenceResolves(document, child));
    }

    private static JsonNode resolve(JsonNode document, String reference) {
        return document.at(reference.substring(1));
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode object) {
        return List.copyOf(object.properties());
    }
}
