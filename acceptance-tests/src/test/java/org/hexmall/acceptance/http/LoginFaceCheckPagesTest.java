package org.hexmall.acceptance.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.acceptance.LightPasswordHashing;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.risk.RiskSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A login the risk rules ask the stronger proof of, on the store's pages: here a store whose rules ask for a face check
 * once a few logins have failed from the same address across accounts (every client of this test comes from
 * 127.0.0.1, which has no region). The page after the password offers the face check, and a code by SMS instead; the
 * simulated face-check service sends the customer back, and the store asks it how the check ended.
 */
class LoginFaceCheckPagesTest {

    private static final String LI_LEI = "13800000001";
    private static final String PASSWORD = "demo-pass-1";
    private static final String HAN_MEIMEI = "13800000002";
    private static final String DEVICE_PAGE = "/login/device";
    private static final Pattern TEXTED_CODE = Pattern.compile("verification code is (\\d{6})");

    private HexmallApplication hexmall;
    private HttpShopper liLei;

    @BeforeEach
    void aFewFailedLoginsFromTheSameAddress_thenLiLeisRightPassword() {
        hexmall = HexmallApplication.start(HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:login-face-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withRisk(RiskSettings.defaults().withScores(40, 70, 150)
                        .withFailedLogins(3, Duration.ofMinutes(15))), Clock.systemUTC(), LightPasswordHashing.HASHER);
        liLei = new HttpShopper(URI.create(hexmall.baseUrl()));
        for (int attempt = 1; attempt <= 3; attempt++) {
            liLei.submitAnswered("/login", Map.of("login", HAN_MEIMEI, "password", "guess-" + attempt), 401);
        }

        URI held = liLei.submit("/login", Map.of("login", LI_LEI, "password", PASSWORD));

        assertThat(held.getPath()).isEqualTo(DEVICE_PAGE);
    }

    @AfterEach
    void stopHexmall() {
        hexmall.close();
    }

    @Test
    void thePageOffersAFaceCheck_andTheCustomersFaceLogsThemIn() {
        String page = liLei.page(DEVICE_PAGE);
        assertThat(page).contains("confirm it is you with a face check", "Verify with a face check",
                "Use an SMS code instead").doesNotContain("We have sent a 6-digit code");
        assertThat(liLei.page("/mock-phone/" + LI_LEI)).as("no code sent yet").doesNotContain("verification code is");

        URI facePage = liLei.submit(DEVICE_PAGE, DEVICE_PAGE + "/face", Map.of("trust", "yes"));
        assertThat(facePage.getPath()).startsWith("/mock-face/checks/");
        URI back = liLei.submit(facePage.getPath(), Map.of("answer", "IT_IS_ME"));
        assertThat(back.getPath()).isEqualTo(DEVICE_PAGE + "/face-return");

        assertThat(liLei.follow(back).getPath()).isEqualTo("/account");
        assertThat(liLei.page("/account")).contains("李雷");
    }

    @Test
    void aFaceThatIsNotTheCustomers_sendsThemBackToTheLoginForm_notLoggedIn() {
        URI facePage = liLei.submit(DEVICE_PAGE, DEVICE_PAGE + "/face", Map.of());
        URI back = liLei.submit(facePage.getPath(), Map.of("answer", "NOT_ME"));

        URI loginForm = liLei.follow(back);

        assertThat(loginForm.getPath()).isEqualTo("/login");
        assertThat(liLei.page(loginForm.getPath() + "?" + loginForm.getQuery()))
                .contains("The face check could not confirm that it is you, so you are not logged in.");
        assertThat(liLei.follow(URI.create("/account")).getPath()).as("still not logged in").isEqualTo("/login");
    }

    @Test
    void whenTheCameraCannotBeUsed_theCodeBySmsInstead_logsThemIn() {
        URI facePage = liLei.submit(DEVICE_PAGE, DEVICE_PAGE + "/face", Map.of());
        URI back = liLei.submit(facePage.getPath(), Map.of("answer", "CAMERA_UNAVAILABLE"));
        assertThat(liLei.page(back.getPath())).contains("Your camera could not be used for the face check.",
                "Use an SMS code instead");

        String codePage = liLei.submitAnswered(DEVICE_PAGE, DEVICE_PAGE + "/resend", Map.of(), 200);
        assertThat(codePage).contains("We have sent a 6-digit code");
        URI loggedIn = liLei.submit(DEVICE_PAGE + "?by=code", Map.of("code", codeTextedTo(LI_LEI)));

        assertThat(loggedIn.getPath()).isEqualTo("/account");
    }

    @Test
    void comingBackWithoutTheTicketOfACheck_leavesTheLoginWaiting() {
        String page = liLei.page(DEVICE_PAGE + "/face-return");

        assertThat(page).contains("The face check is not finished yet.", "Verify with a face check");
    }

    private String codeTextedTo(String phone) {
        Matcher code = TEXTED_CODE.matcher(liLei.page("/mock-phone/" + phone));
        assertThat(code.find()).as("a verification code on the simulated phone").isTrue();
        return code.group(1);
    }
}
