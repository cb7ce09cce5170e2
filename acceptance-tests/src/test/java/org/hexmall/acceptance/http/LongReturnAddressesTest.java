package org.hexmall.acceptance.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A page the storefront is to come back to (after logging in, after a banner is dismissed) whose address is too long
 * to carry on in the next address is not come back to: the customer lands on their account instead. Carried on, the
 * address would grow past what the answer's headers can hold (a "/" takes three characters once encoded, a Chinese
 * character nine), and the web server would answer 500 with a page of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongReturnAddressesTest {

    /** 5,400 characters: within a request's 8 KiB, three times that once encoded into the login form's address. */
    private static final String LONG_QUERY = "x=" + "/".repeat(5_400);

    private HexmallApplication hexmall;

    @BeforeAll
    void startHexmall() {
        hexmall = HexmallApplication.start(HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:long-return-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"),
                Clock.systemUTC());
    }

    @AfterAll
    void stopHexmall() {
        hexmall.close();
    }

    @Test
    void aVisitorAtAPageWithATooLongAddress_isSentToLogIn_andBroughtToTheirAccountAfterwards() throws Exception {
        try (HttpClient visitor = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = visitor.send(HttpRequest.newBuilder(
                    URI.create(hexmall.baseUrl() + "/orders?" + LONG_QUERY)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).hasValue("/login?next=%2Faccount");
        }
    }

    @Test
    void aVisitorAtAPageWithAnAddressThatFits_isBroughtBackToItAfterLoggingIn() throws Exception {
        try (HttpClient visitor = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = visitor.send(HttpRequest.newBuilder(
                    URI.create(hexmall.baseUrl() + "/orders?page=2")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).hasValue("/login?next=%2Forders%3Fpage%3D2");
        }
    }

    @Test
    void aBannerDismissedWithATooLongWayBack_leadsToTheAccount() {
        var customer = new HttpShopper(URI.create(hexmall.baseUrl()));
        customer.submit("/login", Map.of("login", LiLeiOverHttp.PHONE, "password", LiLeiOverHttp.PASSWORD));

        HttpResponse<String> answer = customer.submitAnyAnswer("/account",
                "/account/security/password-reminder/dismiss", Map.of("next", "/a".repeat(5_000)));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/account");
        assertThat(customer.page("/account")).doesNotContain("password-reminder/dismiss");
    }
}
