package org.hexmall.adapter.out.sms.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.hexmall.adapter.in.web.common.Messages;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.shared.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo's simulated phone, served by Javalin as in the application, read by a plain HTTP client. */
class SimulatedPhonePageTest {

    private static final PhoneNumber PHONE = new PhoneNumber("13800000001");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T02:00:00Z"));
    private final SimulatedSmsGateway sms = new SimulatedSmsGateway(SmsOutbox.inMemory(), clock);
    private final HttpClient browser = HttpClient.newHttpClient();
    private Javalin server;

    @BeforeEach
    void startServer() {
        var pages = new PageRenderer(new Messages(List.of("i18n/common", "i18n/mock-phone")),
                ZoneId.of("Asia/Shanghai"), true);
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.port = 0;
            new SimulatedPhonePage(sms, pages).register(config.routes);
        }).start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
        browser.close();
    }

    @Test
    void thePhoneShowsItsMessagesNewestFirstWithTheirTimes() throws Exception {
        sms.send(PHONE, "111111", Duration.ofMinutes(5), Language.ENGLISH);
        clock.advance(Duration.ofMinutes(2));
        sms.send(PHONE, "222222", Duration.ofMinutes(5), Language.SIMPLIFIED_CHINESE);

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

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A clock the test moves forward, so that messages are sent at different moments. */
    private static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
