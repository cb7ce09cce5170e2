package org.hexmall.adapter.in.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.in.web.api.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.hexmall.application.port.in.account.CustomerLoginCommand;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.domain.security.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokensResourceTest {

    private static final String TOKENS = "/api/v1/tokens";
    private static final String LI_LEI = "{\"login\":\"13800000001\",\"password\":\"demo-pass-1\"}";

    private final ApiTestServer api = new ApiTestServer();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aRightPasswordGivesATokenThatThenActsForTheCustomer() {
        AtomicReference<CustomerLoginCommand> attempt = new AtomicReference<>();
        api.fakes.logIn = command -> {
            attempt.set(command);
            return new LoginResult.SignedIn(api.fakes.loggedIn(Fixtures.LI_LEI));
        };

        ApiTestServer.Reply reply = api.send("POST", TOKENS, LI_LEI);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        JsonNode token = reply.json();
        assertThat(token.path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(Instant.parse(token.path("expiresAt").asText()))
                .isEqualTo(FakeInPorts.NOW.plus(Session.IDLE_TIMEOUT));
        assertThat(attempt.get().login()).isEqualTo("13800000001");
        assertThat(attempt.get().password().value()).isEqualTo("demo-pass-1");
        assertThat(api.get("/api/v1/cart", "Authorization", "Bearer " + token.path("token").asText()).status())
                .isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsA401Problem() {
        ApiTestServer.Reply reply = api.send("POST", TOKENS, LI_LEI);

        assertProblem(reply, 401, "wrong-credentials", TOKENS);
    }

    @Test
    void aLockedLoginSaysUntilWhenAndHowLongToWait() {
        Instant until = FakeInPorts.NOW.plusSeconds(600);
        api.fakes.logIn = command -> new LoginResult.Locked(until);

        ApiTestServer.Reply reply = api.send("POST", TOKENS, LI_LEI);

        JsonNode problem = assertProblem(reply, 429, "login-locked", TOKENS);
        assertThat(problem.path("retryAfter").asText()).isEqualTo(until.toString());
        assertThat(reply.header("Retry-After")).as("seconds from the store's clock").isEqualTo("600");
    }

    @Test
    void aFrozenAccountIsA403Problem() {
        api.fakes.logIn = command -> new LoginResult.Frozen();

        assertProblem(api.send("POST", TOKENS, LI_LEI), 403, "account-frozen", TOKENS);
    }

    @Test
    void missingLoginAndPasswordAreReportedFieldByFieldByTheCommand() {
        ApiTestServer.Reply reply = api.send("POST", TOKENS, "{\"login\":\"  \"}");

        JsonNode problem = assertProblem(reply, 422, "validation-failed", TOKENS);
        assertThat(problem.path("errors").toString())
                .isEqualTo("[{\"field\":\"login\",\"code\":\"login.required\"},"
                        + "{\"field\":\"password\",\"code\":\"password.required\"}]");
    }

    @Test
    void membersOfTheWrongTypeAreA400ProblemNamingEach() {
        ApiTestServer.Reply reply = api.send("POST", TOKENS, "{\"login\":13800000001,\"password\":[\"x\"]}");

        JsonNode problem = assertProblem(reply, 400, "invalid-request", TOKENS);
        assertThat(problem.path("errors").toString())
                .isEqualTo("[{\"field\":\"login\",\"code\":\"type.string\"},"
                        + "{\"field\":\"password\",\"code\":\"type.string\"}]");
    }

    @Test
    void malformedJsonIsA400ProblemThatSaysWhere() {
        JsonNode problem = assertProblem(api.send("POST", TOKENS, "{\"login\": \"13800000001\","), 400,
                "malformed-json", TOKENS);
        assertThat(problem.path("detail").asText()).contains("line 1");

        assertProblem(api.send("POST", TOKENS, "[1, 2]"), 400, "malformed-json", TOKENS);
        assertProblem(api.send("POST", TOKENS, ""), 400, "malformed-json", TOKENS);
        assertProblem(api.send("POST", TOKENS, "{\"login\":\"a\",\"login\":\"b\"}"), 400, "malformed-json", TOKENS);
        assertProblem(api.send("POST", TOKENS, "{} {}"), 400, "malformed-json", TOKENS);
    }

    @Test
    void aBodyThatIsNotJsonIsA415Problem() {
        ApiTestServer.Reply reply = api.send("POST", TOKENS, "login=13800000001&password=demo-pass-1",
                "Content-Type", "application/x-www-form-urlencoded");

        assertProblem(reply, 415, "unsupported-media-type", TOKENS);
    }

    @Test
    void jsonWithACharsetIsJsonToo() {
        ApiTestServer.Reply reply = api.send("POST", TOKENS, LI_LEI, "Content-Type", "application/json; charset=UTF-8");

        assertProblem(reply, 401, "wrong-credentials", TOKENS);
    }
}
