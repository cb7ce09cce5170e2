package org.hexmall.adapter.in.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 description of every route, written by hand next to this
 * class ({@code openapi.json}) so that it says what a client needs to know, not only what code can infer. A
 * test compares its paths and methods with the routes actually registered, so a route cannot go undocumented.
 *
 * <p>The document is put together on its first request, not at start: a store whose clients never ask for it does
 * not load a JSON tree of a few hundred nodes, nor the JSON library, before its first page.
 */
final class OpenApiResource {

    static final String PATH = ApiRoutes.PREFIX + "/openapi.json";
    static final String RESOURCE = "openapi.json";

    private final String sessionCookie;
    /** Written once; two first requests at the same moment may both build it, and either result is the same. */
    private volatile byte[] document;

    /** @param sessionCookie the storefront's session cookie, which the document names as a way to authenticate */
    OpenApiResource(String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    void register(ApiRouter router) {
        router.get(PATH, ctx -> {
            ctx.contentType(ApiResponses.JSON);
            ctx.result(document());
        });
    }

    private byte[] document() {
        byte[] built = document;
        if (built == null) {
            ObjectNode tree = (ObjectNode) load();
            ((ObjectNode) tree.at("/components/securitySchemes/sessionCookie")).put("name", sessionCookie);
            built = Json.write(tree);
            document = built;
        }
        return built;
    }

    static JsonNode load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + OpenApiResource.class.getName());
            }
            return Json.read(in.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
