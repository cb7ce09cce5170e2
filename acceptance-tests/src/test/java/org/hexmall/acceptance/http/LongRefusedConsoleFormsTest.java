package org.hexmall.acceptance.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A console form refused for text too long to carry in an address (a long note or reason of Chinese text, sent by a
 * client that ignores the fields' length limits) is answered with the customer's page saying what to fix, at once:
 * an address that long would not fit in the answer's headers, and the web server would answer 500 with a page of its
 * own. A refusal whose text fits still leads to the page's own address, which a reload does not send again. The
 * customer's page and the force-unbind's confirmation step answer so alike.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongRefusedConsoleFormsTest {

    private static final Pattern CUSTOMER_LINK = Pattern.compile("/admin/customers/([0-9a-f-]{36})");
    private static final Pattern FORCE_UNBIND = Pattern.compile(
            "/admin/customers/[0-9a-f-]{36}/bindings/[0-9a-f-]{36}/force-unbind");
    /** Eleven characters, each nine in an address once percent-encoded; 1,100 in all, over a note's 1,000. */
    private static final String LONG_CHINESE_NOTE = "客户来电询问退款进度。".repeat(100);
    /** 540 characters, over a reason's 500. */
    private static final String LONG_CHINESE_REASON = "客户要求冻结账户。".repeat(60);

    private HexmallApplication hexmall;
    private HttpShopper agent;
    private String customerPage;

    @BeforeAll
    void startHexmallAndSignInAnAgent() {
        hexmall = HexmallApplication.start(HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:long-refused-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"),
                Clock.systemUTC());
        agent = new HttpShopper(URI.create(hexmall.baseUrl()));
        agent.submit("/admin/login", Map.of("username", "agent", "password", "agent-pass-1"));
        Matcher link = CUSTOMER_LINK.matcher(agent.page("/admin/customers?q=13800000001"));
        assertThat(link.find()).as("Li Lei found in the console").isTrue();
        customerPage = "/admin/customers/" + link.group(1);
    }

    @AfterAll
    void stopHexmall() {
        hexmall.close();
    }

    @Test
    void aNoteTooLongForAnAddress_isRefusedOnThePageItself_withWhatWasTypedAndNoNoteAdded() {
        HttpResponse<String> answer = agent.submitAnyAnswer(customerPage, customerPage + "/notes",
                Map.of("channel", "CHAT", "summary", LONG_CHINESE_NOTE));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("Use at most 1,000 characters for the note.", LONG_CHINESE_NOTE,
                "No notes on this customer yet.");
    }

    @Test
    void aReasonTooLongForAnAddress_isRefusedOnThePageItself_andTheAccountStaysActive() {
        HttpResponse<String> answer = agent.submitAnyAnswer(customerPage, customerPage + "/freeze",
                Map.of("reason", LONG_CHINESE_REASON));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("Use at most 500 characters for the reason.", LONG_CHINESE_REASON);
        assertThat(agent.page(customerPage)).contains("Active").doesNotContain("Frozen");
    }

    @Test
    void aForceUnbindReasonTooLongForAnAddress_isRefusedOnThePageItself_andTheWalletStaysBound() {
        LiLeiOverHttp.bindsAlipayOnTheirFirstPhone(hexmall);
        Matcher forceUnbind = FORCE_UNBIND.matcher(agent.page(customerPage));
        assertThat(forceUnbind.find()).as("Li Lei's Alipay offered for a force-unbind").isTrue();

        HttpResponse<String> answer = agent.submitAnyAnswer(customerPage, forceUnbind.group(),
                Map.of("reason", LONG_CHINESE_REASON));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("Use at most 500 characters for the reason.", LONG_CHINESE_REASON);
        assertThat(agent.page(customerPage)).as("the wallet still bound").contains(forceUnbind.group());
    }

    @Test
    void aRefusalWhoseTextFitsInAnAddress_stillLeadsToThePagesOwnAddress() {
        HttpResponse<String> answer = agent.submitAnyAnswer(customerPage, customerPage + "/freeze",
                Map.of("reason", " "));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(customerPage + "?refused=account-status&reason="));
    }
}
