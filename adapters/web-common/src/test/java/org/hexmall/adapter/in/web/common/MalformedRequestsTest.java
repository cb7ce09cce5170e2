package org.hexmall.adapter.in.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.hexmall.adapter.in.web.common.RawHttp.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * A request that cannot be read is refused in one place, before any other handler runs (so before any
 * session is looked up): a 4xx page that says what to fix, one log line without a stack trace.
 */
class MalformedRequestsTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final int BODY_LIMIT = 1_000;

    /** What the handlers behind the check saw; a refused request must leave it empty. */
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Javalin server;

    @BeforeEach
    void startServerBehindTheCheck() {
        var pages = new PageRenderer(new Messages(List.of("i18n/common")), ZoneId.of("UTC"), false);
        var refusals = new MalformedRequests(pages, List.of(new JsonUnderApi()));
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = BODY_LIMIT;
            refusals.register(config);
            config.routes.before(ctx -> handled.add("before " + ctx.path()));
            config.routes.get("/products/{id}", ctx -> ctx.result("product " + ctx.pathParam("id")
                    + " q=" + ctx.queryParam("q")));
            config.routes.get("/api/v1/products/{id}", ctx -> ctx.result("api " + ctx.pathParam("id")));
            config.routes.post("/login", ctx -> ctx.result("login=" + ctx.formParam("login")));
            config.routes.get("/back", ctx -> ctx.redirect("/products/x?q=" + ctx.queryParam("q")));
            config.routes.get("/api/v1/back", ctx -> ctx.redirect("/api/v1/products/" + ctx.queryParam("q")));
        }).start(0);
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stopServer() {
        root.detachAppender(log);
        server.stop();
    }

    static Stream<Arguments> requestsThatCannotBeRead() {
        String multipartField = "--XYZ\r\nContent-Disposition: form-data; name=\"login\"\r\n\r\nli\r\n";
        return Stream.of(
                get("/products/%u0041", 400, "path-encoding"),
                get("/products/;%", 400, "path-encoding"),
                get("/products/a%01b", 400, "control-character"),
                get("/products/a%7Fb", 400, "control-character"),
                get("/products/x?q=%u0041", 400, "query-encoding"),
                get("/products/x?q=%ff", 400, "query-encoding"),
                get("/products/x?q=a%00", 400, "control-character"),
                post("/login", FORM + "; charset=bogus", "login=li", 415, "unsupported-charset"),
                post("/login", FORM + "; charset", "login=li", 415, "unsupported-charset"),
                post("/login", FORM + "; charset=\"@@\"", "login=li", 415, "unsupported-charset"),
                post("/login", FORM, "login=%zz", 400, "form-encoding"),
                post("/login", FORM, "login=%E9", 400, "form-encoding"),
                post("/login", FORM, "login=\u00ff", 400, "form-encoding"),
                post("/login", FORM, "login=li%00", 400, "control-character"),
                post("/login", "multipart/form-data", multipartField, 400, "malformed-multipart"),
                post("/login", "multipart/form-data; boundary=ABC", multipartField + "--XYZ--\r\n", 400,
                        "malformed-multipart"),
                post("/login", "multipart/form-data; boundary=XYZ", multipartField, 400, "malformed-multipart"),
                post("/login", FORM, "login=" + "a".repeat(BODY_LIMIT), 413, "request-too-large"),
                // Jetty refuses these itself, before Javalin sees them.
                get("/products/%zz", 400, "malformed-http"),
                get("/products/%ff", 400, "malformed-http"),
                get("/products/" + "a".repeat(10_000), 414, "request-too-large"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("requestsThatCannotBeRead")
    void isRefusedWithAPageThatSaysWhatToFixBeforeAnyHandlerRuns(String method, String target, String contentType,
                                                                 String body, int status, String code) {
        Reply reply = send(method, target, contentType, body);

        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("text/html").containsIgnoringCase("charset=utf-8");
        assertThat(reply.body()).contains("<h1>This request cannot be read</h1>",
                        new Messages(List.of("i18n/common")).get(Locale.ENGLISH, "error.page.malformed." + code))
                .doesNotContain("Exception", "\tat ", "??");
        assertThat(reply.headers()).containsKey("content-security-policy")
                .as("over plain HTTP").doesNotContainKey("strict-transport-security");
        assertThat(handled).as("handlers that ran").isEmpty();
        assertOneWarningWithoutStackTrace(code);
    }

    @Test
    void aPartOfTheSiteWithAFormatOfItsOwnAnswersInIt() {
        Reply refusedByTheCheck = RawHttp.get(server.port(), "/api/v1/products/%u0041");
        Reply refusedByJetty = RawHttp.get(server.port(), "/api/v1/products/%ff");

        assertThat(refusedByTheCheck.status()).isEqualTo(400);
        assertThat(refusedByTheCheck.contentType()).isEqualTo("application/json");
        assertThat(refusedByTheCheck.body()).isEqualTo("{\"code\":\"path-encoding\",\"path\":\"/api/v1/products/%u0041\"}");
        assertThat(refusedByJetty.status()).isEqualTo(400);
        assertThat(refusedByJetty.body()).isEqualTo("{\"code\":\"malformed-http\",\"path\":\"/api/v1/products/%ff\"}");
        assertThat(handled).isEmpty();
    }

    @Test
    void aRequestLineJettyCouldNotReadIsAnsweredInTheFormatOfThePartOfTheSiteItWasFor() {
        Reply api = RawHttp.get(server.port(), "/api/v1/products/%zz?q=1");
        Reply apiInAbsoluteForm = RawHttp.get(server.port(), "http://localhost/api/v1/products/%zz");
        Reply page = RawHttp.get(server.port(), "/products/%zz");
        Reply tooLong = RawHttp.get(server.port(), "/api/v1/products/" + "a".repeat(10_000));
        Reply controlCharacter = RawHttp.get(server.port(), "/api/v1/products/x?q=a\u0001b");
        Reply encodedNull = RawHttp.get(server.port(), "/api/v1/products/%00");

        assertThat(api.status()).isEqualTo(400);
        assertThat(api.contentType()).isEqualTo("application/json");
        assertThat(api.body()).isEqualTo("{\"code\":\"malformed-http\",\"path\":\"/api/v1/products/%zz\"}");
        assertThat(apiInAbsoluteForm.body())
                .isEqualTo("{\"code\":\"malformed-http\",\"path\":\"/api/v1/products/%zz\"}");
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(tooLong.status()).isEqualTo(414);
        assertThat(tooLong.body()).startsWith("{\"code\":\"request-too-large\",\"path\":\"/api/v1/products/aaa");
        assertThat(controlCharacter.status()).isEqualTo(400);
        assertThat(controlCharacter.body())
                .isEqualTo("{\"code\":\"malformed-http\",\"path\":\"/api/v1/products/x\"}");
        assertThat(encodedNull.status()).isEqualTo(400);
        assertThat(encodedNull.contentType()).isEqualTo("application/json");
        assertThat(encodedNull.body()).contains("\"path\":\"/api/v1/products/%00\"");
        assertThat(handled).isEmpty();
        assertThat(log.list).hasSize(6).allSatisfy(event -> assertThat(event.getFormattedMessage())
                .contains("GET /", "products/").doesNotContain("/badMessage", "BAD "));
    }

    @Test
    void anUnreadableRequestLineAfterAReadOneOnTheSameConnectionIsAnsweredForItsOwnPath() throws IOException {
        try (Socket connection = new Socket("localhost", server.port())) {
            connection.setSoTimeout(10_000);
            String twoRequests = "GET /api/v1/products/fine HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    + "GET /api/v1/products/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n";
            connection.getOutputStream().write(twoRequests.getBytes(StandardCharsets.ISO_8859_1));
            String answers = new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answers).startsWith("HTTP/1.1 200 ").contains("api fine", "HTTP/1.1 400 ",
                    "{\"code\":\"malformed-http\",\"path\":\"/api/v1/products/%zz\"}");
        }
    }

    @Test
    void aRequestJettyCouldNotReadToItsEndEndsTheConnectionAndSaysSo() throws IOException {
        try (Socket keptAlive = new Socket("localhost", server.port())) {
            keptAlive.setSoTimeout(10_000);
            String overLong = "GET /products/" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
            keptAlive.getOutputStream().write(overLong.getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(keptAlive.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 414 ");
            assertThat(answer.substring(0, answer.indexOf("\r\n\r\n") + 2))
                    .containsIgnoringCase("\r\nConnection: close\r\n");
        }
    }

    @Test
    void anAnswerThatWouldLeadToAnAddressTooLongToSendIsRefusedWithAPageThatSaysWhatToFix() {
        Reply tooLong = RawHttp.get(server.port(), "/back?q=" + "a".repeat(SafeRedirects.LONGEST_ADDRESS));
        Reply tooLongForTheApi = RawHttp.get(server.port(),
                "/api/v1/back?q=" + "a".repeat(SafeRedirects.LONGEST_ADDRESS));

        assertThat(tooLong.status()).isEqualTo(413);
        assertThat(tooLong.headers()).doesNotContainKey("location");
        assertThat(tooLong.body()).contains("<h1>This request cannot be read</h1>",
                new Messages(List.of("i18n/common")).get(Locale.ENGLISH, "error.page.malformed.request-too-large"));
        assertThat(tooLongForTheApi.status()).isEqualTo(413);
        assertThat(tooLongForTheApi.body())
                .isEqualTo("{\"code\":\"request-too-large\",\"path\":\"/api/v1/back\"}");
        assertThat(handled).as("the handlers ran").containsExactly("before /back", "before /api/v1/back");
        assertThat(log.list).hasSize(2).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("request-too-large", "would not fit in the address");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    @Test
    void anAnswerLeadingToAnAddressThatFitsIsLeftAsItIs() {
        Reply reply = RawHttp.get(server.port(),
                "/back?q=" + "a".repeat(SafeRedirects.LONGEST_ADDRESS - "/products/x?q=".length()));

        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.headers().get("location")).endsWith("a".repeat(100));
        assertThat(log.list).isEmpty();
    }

    @Test
    void thePageSpeaksTheLanguageTheBrowserAsksFor() {
        Reply reply = RawHttp.get(server.port(), "/products/%u0041", "Accept-Language: zh-CN,zh;q=0.9,en;q=0.8");

        assertThat(reply.body()).contains("<h1>无法识别此请求</h1>", "lang=\"zh-CN\"");
    }

    @Test
    void wellFormedRequestsReachTheirHandlersWithTheirValuesDecoded() {
        Reply chinesePath = RawHttp.get(server.port(), "/products/%E4%B8%AD?q=a+b%2Bc");
        Reply lineBreaks = RawHttp.post(server.port(), "/login", FORM, "login=a%0D%0A%09b");
        Reply latin1 = RawHttp.post(server.port(), "/login", FORM + "; charset=ISO-8859-1", "login=%E9");
        Reply multipart = RawHttp.post(server.port(), "/login", "multipart/form-data; boundary=XYZ",
                "--XYZ\r\nContent-Disposition: form-data; name=\"login\"\r\n\r\nli\r\n--XYZ--\r\n");

        assertThat(chinesePath.body()).isEqualTo("product 中 q=a b+c");
        assertThat(lineBreaks.body()).isEqualTo("login=a\r\n\tb");
        assertThat(latin1.body()).isEqualTo("login=é");
        assertThat(multipart.body()).isEqualTo("login=li");
        assertThat(log.list).isEmpty();
    }

    private void assertOneWarningWithoutStackTrace(String code) {
        assertThat(log.list).as("log events").hasSize(1);
        ILoggingEvent event = log.list.getFirst();
        assertThat(event.getLevel()).isEqualTo(Level.WARN);
        assertThat(event.getFormattedMessage()).startsWith("Refused a malformed request (").contains(code);
        assertThat(event.getThrowableProxy()).isNull();
    }

    private Reply send(String method, String target, String contentType, String body) {
        String[] headers = contentType == null ? new String[0] : new String[] {"Content-Type: " + contentType};
        return RawHttp.send(server.port(), method, target, headers, body.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Arguments get(String target, int status, String code) {
        return Arguments.of("GET", target, null, "", status, code);
    }

    private static Arguments post(String target, String contentType, String body, int status, String code) {
        return Arguments.of("POST", target, contentType, body, status, code);
    }

    /** Stands in for the JSON API: a part of the site with a format of its own. */
    private static final class JsonUnderApi implements RefusalFormat {

        @Override
        public boolean covers(String path) {
            return path.startsWith("/api/");
        }

        @Override
        public Body render(MalformedRequest refusal, String path) {
            String json = "{\"code\":\"" + refusal.code() + "\",\"path\":\"" + path + "\"}";
            return new Body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }
    }
}
