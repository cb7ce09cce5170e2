package org.hexmall.adapter.in.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.in.web.api.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hexmall.adapter.in.web.common.ErrorPages;
import org.hexmall.adapter.in.web.common.MalformedRequests;
import org.hexmall.adapter.in.web.common.Messages;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.session.LoginResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The API answers problems, never HTML or a stack trace, even on the same server as the storefront, whose
 * error pages are registered for every 404 and every exception.
 */
class ApiProblemsTest {

    private static final PageRenderer PAGES = new PageRenderer(new Messages(List.of("i18n/common")), ZoneId.of("UTC"),
            false);

    /** Mounted as the real server mounts it: the check for unreadable requests first, then the shop's error pages. */
    private final ApiTestServer api = new ApiTestServer(config -> {
        new MalformedRequests(PAGES, List.of(new ApiRefusals())).register(config);
        new ErrorPages(PAGES).register(config.routes);
    });

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void anUnknownAddressUnderApiIsA404Problem() {
        assertProblem(api.get("/api/v1/nothing/here"), 404, "not-found", "/api/v1/nothing/here");
        assertProblem(api.send("POST", "/api/v2/orders", "{}"), 404, "not-found", "/api/v2/orders");
    }

    @Test
    void aKnownAddressWithAnotherMethodIsA405ProblemSayingWhichAreAllowed() {
        ApiTestServer.Reply reply = api.send("DELETE", "/api/v1/orders", null);

        assertProblem(reply, 405, "method-not-allowed", "/api/v1/orders");
        assertThat(reply.header("Allow")).isEqualTo("POST");
        assertThat(api.send("POST", "/api/v1/cart/items/ELEC-0001", "{}").header("Allow")).isEqualTo("PUT, DELETE");
    }

    @Test
    void aProblemAnswered404StaysAProblemDespiteTheShopsNotFoundPage() {
        assertProblem(api.get("/api/v1/products/ELEC-0404"), 404, "product-not-found", "/api/v1/products/ELEC-0404");
    }

    @Test
    void theShopsOwnPagesKeepTheirHtmlNotFoundPage() {
        ApiTestServer.Reply reply = api.get("/no/such/page");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("text/html");
    }

    @Test
    void somethingUnexpectedIsA500ProblemWithAReferenceAndNoInternals() {
        api.fakes.browseCatalog = category -> {
            throw new IllegalStateException("secret internal detail");
        };

        JsonNode problem = assertProblem(api.get("/api/v1/products"), 500, "internal-error", "/api/v1/products");

        assertThat(problem.path("reference").asText()).matches("[0-9a-f]{8}");
        assertThat(problem.toString()).doesNotContain("secret internal detail", "IllegalStateException");
    }

    @Test
    void aPathThatCannotBeDecodedIsA400ProblemNotTheShopsErrorPage() {
        JsonNode problem = assertProblem(api.raw("GET", "/api/v1/products/%u0041", null), 400, "path-encoding",
                "/api/v1/products/%u0041");

        assertThat(problem.path("detail").asText()).contains("two hexadecimal digits");
    }

    @Test
    void aPathJettyCannotDecodeIsA400ProblemToo() {
        assertProblem(api.raw("GET", "/api/v1/products/%ff", null), 400, "malformed-http", "/api/v1/products/%ff");
    }

    @Test
    void anEscapeThatIsNotHexadecimalIsA400ProblemThoughJettyCouldNotReadTheRequestLine() {
        assertProblem(api.raw("GET", "/api/v1/products/%zz?q=%ZZ", null), 400, "malformed-http",
                "/api/v1/products/%zz");
        assertProblem(api.raw("POST", "/api/v1/orders%", "{}", "Content-Type: application/json"), 400,
                "malformed-http", "/api/v1/orders%");
    }

    @Test
    void aCharacterSetTheServerDoesNotKnowIsA415ProblemAndNoLoginIsTried() {
        var loginTried = new AtomicBoolean();
        api.fakes.logIn = command -> {
            loginTried.set(true);
            return new LoginResult.WrongCredentials();
        };

        ApiTestServer.Reply reply = api.raw("POST", "/api/v1/tokens", "{\"login\":\"13800000001\",\"password\":\"x\"}",
                "Content-Type: application/json; charset=no-such-charset");

        assertProblem(reply, 415, "unsupported-charset", "/api/v1/tokens");
        assertThat(loginTried).isFalse();
    }

    @Test
    void aQueryThatCannotBeDecodedIsA400ProblemRatherThanAnIgnoredFilter() {
        assertProblem(api.raw("GET", "/api/v1/products?category=%zz", null), 400, "query-encoding",
                "/api/v1/products");
    }
}
