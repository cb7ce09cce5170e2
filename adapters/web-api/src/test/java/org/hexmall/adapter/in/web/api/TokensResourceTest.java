package org.hexmall.adapter.in.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.in.web.api.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hexmall.application.port.in.account.CustomerLoginCommand;
import org.hexmall.application.port.in.account.FindNewDeviceLogin;
import org.hexmall.application.port.in.account.LoginDevice;
import org.hexmall.application.port.in.account.NewDeviceCodeCommand;
import org.hexmall.application.port.in.account.NewDeviceResult;
import org.hexmall.application.port.in.account.ResendNewDeviceCode.Resent;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.domain.account.FrozenBy;
import org.hexmall.domain.security.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokensResourceTest {

    private static final String TOKENS = "/api/v1/tokens";
    private static final String LI_LEI = "{\"login\":\"13800000001\",\"password\":\"demo-pass-1\"}";
    private static final String CODE = "/api/v1/tokens/new-device-code";
    private static final String RESEND = "/api/v1/tokens/new-device-code/resend";
    private static final String DEVICE = "Hexmall-Device";
    private static final String PHONE_OF_LI_LEI = "phone-token-of-li-lei-0123456789abcdefghij";

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
    void loggingOutEndsTheTokensSession_soTheTokenNoLongerWorks() {
        String token = api.fakes.loggedIn(Fixtures.LI_LEI).id().value();
        String other = api.fakes.loggedIn(Fixtures.LI_LEI).id().value();

        ApiTestServer.Reply reply = api.send("DELETE", TOKENS + "/current", null, "Authorization", "Bearer " + token);

        assertThat(reply.status()).isEqualTo(204);
        assertProblem(api.get("/api/v1/cart", "Authorization", "Bearer " + token), 401, "unauthenticated",
                "/api/v1/cart");
        assertThat(api.get("/api/v1/cart", "Authorization", "Bearer " + other).status())
                .as("another token of the same customer").isEqualTo(200);
        assertProblem(api.send("DELETE", TOKENS + "/current", null, "Authorization", "Bearer " + token), 401,
                "unauthenticated", TOKENS + "/current");
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
    void aFrozenAccountIsA403Problem_sayingWhoFrozeIt() {
        api.fakes.logIn = command -> new LoginResult.Frozen(FrozenBy.CUSTOMER_SERVICE);

        JsonNode problem = assertProblem(api.send("POST", TOKENS, LI_LEI), 403, "account-frozen", TOKENS);
        assertThat(problem.path("frozenBy").asText()).isEqualTo("CUSTOMER_SERVICE");
        assertThat(problem.path("detail").asText())
                .isEqualTo("Customer service has frozen this account; contact them to unfreeze it.");
    }

    @Test
    void anAccountTheCustomerFroze_isSaidToBeTheirsToUnfreeze_notFrozenByCustomerService() {
        api.fakes.logIn = command -> new LoginResult.Frozen(FrozenBy.CUSTOMER);

        JsonNode problem = assertProblem(api.send("POST", TOKENS, LI_LEI), 403, "account-frozen", TOKENS);
        assertThat(problem.path("frozenBy").asText()).isEqualTo("CUSTOMER");
        assertThat(problem.path("detail").asText()).startsWith("You froze this account yourself. Unfreeze it on the"
                + " store's /unfreeze page").doesNotContain("Customer service has frozen");
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

    @Test
    void aClientWithoutADeviceToken_isGivenOne_thatTheLoginIsTypedOnAndTheAnswerCarries() {
        AtomicReference<CustomerLoginCommand> attempt = new AtomicReference<>();
        api.fakes.logIn = command -> {
            attempt.set(command);
            return new LoginResult.SignedIn(api.fakes.loggedIn(Fixtures.LI_LEI));
        };

        JsonNode token = api.send("POST", TOKENS, LI_LEI, "User-Agent", "hexmall-app/2.1 (Android 14)").json();

        assertThat(token.path("deviceToken").asText()).isEqualTo(FakeInPorts.NEW_DEVICE_TOKEN);
        LoginDevice device = attempt.get().device().orElseThrow();
        assertThat(device.token()).isEqualTo(FakeInPorts.NEW_DEVICE_TOKEN);
        assertThat(device.userAgent()).isEqualTo("hexmall-app/2.1 (Android 14)");
    }

    @Test
    void aClientThatSendsItsDeviceToken_logsInOnThatDevice() {
        AtomicReference<CustomerLoginCommand> attempt = new AtomicReference<>();
        api.fakes.logIn = command -> {
            attempt.set(command);
            return new LoginResult.SignedIn(api.fakes.loggedIn(Fixtures.LI_LEI));
        };

        JsonNode token = api.send("POST", TOKENS, LI_LEI, DEVICE, PHONE_OF_LI_LEI).json();

        assertThat(token.path("deviceToken").asText()).isEqualTo(PHONE_OF_LI_LEI);
        assertThat(attempt.get().device().orElseThrow().token()).isEqualTo(PHONE_OF_LI_LEI);
    }

    @Test
    void aDeviceTokenHexmallNeverIssues_isA400ProblemBeforeThePasswordIsTried() {
        AtomicReference<CustomerLoginCommand> attempt = new AtomicReference<>();
        api.fakes.logIn = command -> {
            attempt.set(command);
            return new LoginResult.WrongCredentials();
        };

        assertProblem(api.send("POST", TOKENS, LI_LEI, DEVICE, "short"), 400, "device-token-invalid", TOKENS);
        assertProblem(api.send("POST", TOKENS, LI_LEI, DEVICE, PHONE_OF_LI_LEI.replace('-', '/')), 400,
                "device-token-invalid", TOKENS);
        assertThat(attempt.get()).isNull();
    }

    @Test
    void aNewDevice_isA401ProblemSayingWhereTheCodeWentAndWhereToSendIt() {
        api.fakes.logIn = command -> new LoginResult.NewDeviceCodeRequired("138****0001", true);

        ApiTestServer.Reply reply = api.send("POST", TOKENS, LI_LEI, DEVICE, PHONE_OF_LI_LEI);

        JsonNode problem = assertProblem(reply, 401, "new-device-code-required", TOKENS);
        assertThat(problem.path("maskedPhone").asText()).isEqualTo("138****0001");
        assertThat(problem.path("codeSent").asBoolean()).isTrue();
        assertThat(problem.path("detail").asText()).contains("a 6-digit code was sent by SMS");
        assertThat(problem.path("deviceToken").asText()).isEqualTo(PHONE_OF_LI_LEI);
        assertThat(problem.path("links").path("code").asText()).isEqualTo(CODE);
        assertThat(problem.path("links").path("resendCode").asText()).isEqualTo(RESEND);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void aNewDeviceWhosePhoneMayNotTakeACodeYet_isToldNoneWasSentAndWhereToAskForOne() {
        api.fakes.logIn = command -> new LoginResult.NewDeviceCodeRequired("138****0001", false);

        JsonNode problem = assertProblem(api.send("POST", TOKENS, LI_LEI, DEVICE, PHONE_OF_LI_LEI), 401,
                "new-device-code-required", TOKENS);

        assertThat(problem.path("codeSent").asBoolean()).isFalse();
        assertThat(problem.path("detail").asText()).contains("no code could be sent yet").contains(RESEND)
                .doesNotContain("was sent");
    }

    @Test
    void whenTheRulesAskForAFaceCheck_anAppIsSentTheCodeInstead() {
        api.fakes.logIn = command -> new LoginResult.NewDeviceCodeRequired("138****0001", true);
        api.fakes.newDeviceLogin = new FindNewDeviceLogin() {
            @Override
            public Optional<WaitingLogin> waitingOn(String deviceToken) {
                return Optional.of(new WaitingLogin("138****0001", false));
            }

            @Override
            public boolean asksForFace(String deviceToken) {
                return deviceToken.equals(PHONE_OF_LI_LEI);
            }
        };
        AtomicReference<String> codeSentFor = new AtomicReference<>();
        api.fakes.resendNewDeviceCode = (token, language) -> {
            codeSentFor.set(token);
            return new Resent.Sent(FakeInPorts.NOW.plusSeconds(60));
        };

        assertProblem(api.send("POST", TOKENS, LI_LEI, DEVICE, PHONE_OF_LI_LEI), 401, "new-device-code-required",
                TOKENS);

        assertThat(codeSentFor.get()).isEqualTo(PHONE_OF_LI_LEI);
    }

    @Test
    void theRightCodeFromTheSameDevice_issuesTheToken_andMayTrustTheDevice() {
        AtomicReference<NewDeviceCodeCommand> entered = new AtomicReference<>();
        api.fakes.verifyNewDevice = command -> {
            entered.set(command);
            return new NewDeviceResult.SignedIn(api.fakes.loggedIn(Fixtures.LI_LEI));
        };

        ApiTestServer.Reply reply = api.send("POST", CODE, "{\"code\":\" 123 456 \",\"trustDevice\":true}",
                DEVICE, PHONE_OF_LI_LEI);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.json().path("deviceToken").asText()).isEqualTo(PHONE_OF_LI_LEI);
        assertThat(api.get("/api/v1/cart", "Authorization", "Bearer " + reply.json().path("token").asText())
                .status()).isEqualTo(200);
        assertThat(entered.get().deviceToken()).isEqualTo(PHONE_OF_LI_LEI);
        assertThat(entered.get().digits()).isEqualTo("123456");
        assertThat(entered.get().trust()).isTrue();
    }

    @Test
    void eachWayACodeCanFail_isAProblemOfItsOwn() {
        String body = "{\"code\":\"123456\"}";
        api.fakes.verifyNewDevice = command -> new NewDeviceResult.WrongCode(3);
        JsonNode wrong = assertProblem(api.send("POST", CODE, body, DEVICE, PHONE_OF_LI_LEI), 401, "wrong-code",
                CODE);
        assertThat(wrong.path("entriesLeft").asInt()).isEqualTo(3);

        api.fakes.verifyNewDevice = command -> new NewDeviceResult.NoCodeSent();
        assertProblem(api.send("POST", CODE, body, DEVICE, PHONE_OF_LI_LEI), 409, "no-code-sent", CODE);

        api.fakes.verifyNewDevice = command -> new NewDeviceResult.StartAgain();
        assertProblem(api.send("POST", CODE, body, DEVICE, PHONE_OF_LI_LEI), 401, "new-device-login-expired", CODE);
    }

    @Test
    void aCodeWithoutItsDevice_orNotSixDigits_orATrustThatIsNoBoolean_isRefusedSayingWhat() {
        assertProblem(api.send("POST", CODE, "{\"code\":\"123456\"}"), 400, "device-token-missing", CODE);
        JsonNode notSix = assertProblem(api.send("POST", CODE, "{\"code\":\"12345\"}", DEVICE, PHONE_OF_LI_LEI), 422,
                "validation-failed", CODE);
        assertThat(notSix.path("errors").path(0).path("field").asText()).isEqualTo("code");
        JsonNode notBoolean = assertProblem(api.send("POST", CODE, "{\"code\":\"123456\",\"trustDevice\":\"yes\"}",
                DEVICE, PHONE_OF_LI_LEI), 400, "invalid-request", CODE);
        assertThat(notBoolean.path("errors").toString()).isEqualTo("[{\"field\":\"trustDevice\",\"code\":\"type.boolean\"}]");
    }

    @Test
    void anotherCodeIsSentWithinTheCodeRules() {
        api.fakes.resendNewDeviceCode = (token, language) -> new Resent.Sent(FakeInPorts.NOW.plusSeconds(60));
        ApiTestServer.Reply sent = api.send("POST", RESEND, "", DEVICE, PHONE_OF_LI_LEI);
        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.json().path("resendAvailableAt").asText()).isEqualTo(FakeInPorts.NOW.plusSeconds(60).toString());

        api.fakes.resendNewDeviceCode = (token, language) -> new Resent.TooSoon(FakeInPorts.NOW.plusSeconds(42));
        ApiTestServer.Reply tooSoon = api.send("POST", RESEND, "", DEVICE, PHONE_OF_LI_LEI);
        assertProblem(tooSoon, 429, "code-too-soon", RESEND);
        assertThat(tooSoon.header("Retry-After")).isEqualTo("42");

        api.fakes.resendNewDeviceCode = (token, language) -> new Resent.DailyLimitReached();
        assertProblem(api.send("POST", RESEND, "", DEVICE, PHONE_OF_LI_LEI), 429, "code-daily-limit", RESEND);
    }
}
