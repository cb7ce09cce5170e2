package org.hexmall.simulator.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.simulator.web.PageHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo's simulated phone, served by Javalin as in the application, read by a plain HTTP client. */
class SimulatedPhonePageTest {

    private static final PhoneNumber PHONE = new PhoneNumber("13800000001");
    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

    private final SmsOutbox outbox = SmsOutbox.inMemory();
    private final HttpClient browser = HttpClient.newHttpClient();
    private Javalin server;

    @BeforeEach
    void startServer() {
        var host = new PageHost() {
            @Override
            public Locale language(Context ctx) {
                return Locale.ENGLISH;
            }

            @Override
            public String formToken(Context ctx) {
                return "the-form-token";
            }

            @Override
            public String languageLink(Locale language, String back) {
                return "/language/" + language.toLanguageTag() + "?next=" + back;
            }
        };
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.port = 0;
            new SimulatedPhonePage(outbox, host, ZoneId.of("Asia/Shanghai")).register(config.routes);
        }).start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
        browser.close();
    }

    @Test
    void thePhoneShowsItsMessagesNewestFirstWithTheirTimes() throws Exception {
        outbox.add(new SmsMessage(PHONE, "【hexmall】Your verification code is 111111.", NOW));
        outbox.add(new SmsMessage(PHONE, "【hexmall】您的验证码为 222222。", NOW.plus(Duration.ofMinutes(2))));

        HttpResponse<String> page = get("/mock-phone/13800000001");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Simulated phone — messages hexmall&#39;s simulated SMS gateway sent to 138****0001")
                .contains("2026-11-22 10:02:00", "2026-11-22 10:00:00");
        assertThat(page.body().indexOf("您的验证码为 222222"))
                .isPositive()
                .isLessThan(page.body().indexOf("Your verification code is 111111"));
    }

    @Test
    void aPhoneWithoutMessagesSaysSo() throws Exception {
        assertThat(get("/mock-phone/13800000002").body()).contains("No messages yet.");
    }

    @Test
    void somethingThatIsNotAPhoneNumberGetsAFriendlyPage() throws Exception {
        HttpResponse<String> page = get("/mock-phone/12345");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("This is not a mainland mobile number");
    }

    @Test
    void theLanguageSwitchKeepsTheVisitorOnThePhone() throws Exception {
        assertThat(get("/mock-phone/13800000001").body())
                .contains("href=\"/language/zh-CN?next=/mock-phone/13800000001\"", ">中文</a>");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
