package org.hexmall.acceptance.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.acceptance.LightPasswordHashing;
import org.hexmall.acceptance.browser.MovableClock;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.risk.RiskSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An app logging a customer in through the JSON API is a device as a browser is: the account's first device is trusted
 * without a code, a new one gets no token until the code sent to the account's phone comes back from it, "trust this
 * device" spares the code next time, and a device the customer removed must prove the phone again. Each test is a
 * customer of its own, registered on the shop's pages; codes are read off the simulated phone, as a person would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiNewDeviceLoginTest {

    private static final String PASSWORD = "app-login-pass";
    private static final Pattern TEXTED_CODE = Pattern.compile("verification code is (\\d{6})");
    private static final String NEW_LOGIN_SMS = "New login on";

    private final MovableClock clock = new MovableClock();
    private HexmallApplication hexmall;

    @BeforeAll
    void startHexmall() {
        hexmall = HexmallApplication.start(HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:api-new-device-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"), clock,
                LightPasswordHashing.HASHER);
    }

    @AfterAll
    void stopHexmall() {
        hexmall.close();
    }

    @Test
    void theFirstDeviceOfAnAccount_isTrustedWithoutACode_andKnownAgainByItsToken() {
        String phone = registeredCustomer();
        HttpShopper app = client();

        JsonNode token = app.tryToLogInToApi(phone, PASSWORD, 201);

        assertThat(token.path("deviceToken").asText()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(app.api("GET", "/api/v1/cart", null, null, 200).path("itemCount").asInt()).isZero();
        assertThat(codesTextedTo(phone)).as("no code for the first device").isZero();
        app.tryToLogInToApi(phone, PASSWORD, 201);
        assertThat(codesTextedTo(phone)).isZero();
    }

    @Test
    void aNewDevice_getsItsTokenOnlyWithTheCodeSentToThePhone_andThePhoneIsToldOfTheLogin() {
        String phone = registeredCustomer();
        client().logInToApi(phone, PASSWORD);
        HttpShopper newPhone = client();

        JsonNode held = newPhone.tryToLogInToApi(phone, PASSWORD, 401);

        assertThat(held.path("code").asText()).isEqualTo("new-device-code-required");
        assertThat(held.path("maskedPhone").asText()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(held.path("links").path("code").asText()).isEqualTo("/api/v1/tokens/new-device-code");
        assertThat(held.has("token")).as("no token yet").isFalse();
        assertThat(codesTextedTo(phone)).isEqualTo(1);
        newPhone.api("GET", "/api/v1/cart", null, null, 401);

        JsonNode token = newPhone.enterNewDeviceCode(latestCodeTextedTo(phone), false, 201);

        assertThat(token.path("deviceToken").asText()).isEqualTo(held.path("deviceToken").asText());
        newPhone.api("GET", "/api/v1/cart", null, null, 200);
        assertThat(phoneScreen(phone)).contains(NEW_LOGIN_SMS);
        assertThat(newPhone.tryToLogInToApi(phone, PASSWORD, 401).path("code").asText())
                .as("not trusted: the code again").isEqualTo("new-device-code-required");
    }

    @Test
    void aWrongCodeSaysHowManyTriesAreLeft_andFiveOfThemEndTheLogin() {
        String phone = registeredCustomer();
        client().logInToApi(phone, PASSWORD);
        HttpShopper newPhone = client();
        newPhone.tryToLogInToApi(phone, PASSWORD, 401);
        String rightCode = latestCodeTextedTo(phone);
        String wrongCode = rightCode.equals("000000") ? "111111" : "000000";

        JsonNode wrong = newPhone.enterNewDeviceCode(wrongCode, true, 401);

        assertThat(wrong.path("code").asText()).isEqualTo("wrong-code");
        assertThat(wrong.path("entriesLeft").asInt()).isEqualTo(4);
        for (int entry = 2; entry <= 4; entry++) {
            newPhone.enterNewDeviceCode(wrongCode, true, 401);
        }
        JsonNode usedUp = newPhone.enterNewDeviceCode(wrongCode, true, 401);
        assertThat(usedUp.path("code").asText()).isIn("wrong-code", "new-device-login-expired");
        JsonNode startAgain = newPhone.enterNewDeviceCode(rightCode, true, 401);
        assertThat(startAgain.path("code").asText()).as("even the right code, once the tries are used up")
                .isEqualTo("new-device-login-expired");
        newPhone.api("GET", "/api/v1/cart", null, null, 401);
    }

    @Test
    void aDeviceTrustedWithTheCode_logsInWithThePasswordAlone_fromThenOn() {
        String phone = registeredCustomer();
        client().logInToApi(phone, PASSWORD);
        HttpShopper newPhone = client();
        newPhone.tryToLogInToApi(phone, PASSWORD, 401);
        newPhone.enterNewDeviceCode(latestCodeTextedTo(phone), true, 201);
        int codesSoFar = codesTextedTo(phone);

        newPhone.tryToLogInToApi(phone, PASSWORD, 201);

        newPhone.api("GET", "/api/v1/cart", null, null, 200);
        assertThat(codesTextedTo(phone)).as("no further code").isEqualTo(codesSoFar);
    }

    @Test
    void aDeviceTheCustomerRemoved_isLoggedOut_andMustProveThePhoneAgain() {
        String phone = registeredCustomer();
        HttpShopper browser = client();
        browser.submit("/login", Map.of("login", phone, "password", PASSWORD));
        HttpShopper app = client();
        app.tryToLogInToApi(phone, PASSWORD, 401);
        app.enterNewDeviceCode(latestCodeTextedTo(phone), true, 201);
        app.api("GET", "/api/v1/cart", null, null, 200);

        String devices = browser.page("/account/security/devices");
        assertThat(devices).as("the app named from its User-Agent").contains("An app on an unknown system");
        Matcher removeLink = Pattern.compile("href=\"(/account/security/devices/[0-9a-f-]+/revoke)\"")
                .matcher(devices);
        assertThat(removeLink.find()).as("the app's device listed with a way to remove it").isTrue();
        URI removed = browser.submit(removeLink.group(1), Map.of());
        assertThat(removed.toString()).isEqualTo("/account/security/devices?revoked");

        assertThat(app.api("GET", "/api/v1/cart", null, null, 401).path("code").asText()).isEqualTo("unauthenticated");
        clock.moveOn(Duration.ofMinutes(1)); // past the wait between two codes to the same phone
        assertThat(app.tryToLogInToApi(phone, PASSWORD, 401).path("code").asText())
                .isEqualTo("new-device-code-required");
        app.enterNewDeviceCode(latestCodeTextedTo(phone), false, 201);
    }

    @Test
    void theBrowsersDeviceToken_isTheSameDeviceForTheApi() {
        String phone = registeredCustomer();
        HttpShopper phoneWithBrowserAndApp = client();
        phoneWithBrowserAndApp.submit("/login", Map.of("login", phone, "password", PASSWORD));

        phoneWithBrowserAndApp.tryToLogInToApi(phone, PASSWORD, 201);

        assertThat(codesTextedTo(phone)).isZero();
    }

    @Test
    void whenTheRiskRulesAskForAFaceCheck_anAppIsTextedTheCodeInstead_andLogsInWithIt() {
        try (HexmallApplication strict = HexmallApplication.start(HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:api-new-device-face-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withRisk(RiskSettings.defaults().withScores(40, 70, 150)
                        .withFailedLogins(3, Duration.ofMinutes(15))), Clock.systemUTC(),
                LightPasswordHashing.HASHER)) {
            var app = new HttpShopper(URI.create(strict.baseUrl()));
            app.logInToApi("13800000001", "demo-pass-1");
            for (int attempt = 1; attempt <= 3; attempt++) {
                app.tryToLogInToApi("13800000002", "guess-" + attempt, 401);
            }

            JsonNode held = app.tryToLogInToApi("13800000001", "demo-pass-1", 401);

            assertThat(held.path("code").asText()).as("held even on the trusted device")
                    .isEqualTo("new-device-code-required");
            Matcher code = TEXTED_CODE.matcher(app.page("/mock-phone/13800000001"));
            assertThat(code.find()).as("the code sent instead of the face check").isTrue();
            app.enterNewDeviceCode(code.group(1), true, 201);
            app.api("GET", "/api/v1/cart", null, null, 200);
        }
    }

    private HttpShopper client() {
        return new HttpShopper(URI.create(hexmall.baseUrl()));
    }

    /** A customer who opened an account on the shop's pages and has logged in nowhere yet. */
    private String registeredCustomer() {
        String phone = "137" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        URI next = client().submit("/register", Map.of("phone", phone, "email", "",
                "displayName", "App Shopper", "password", PASSWORD, "passwordRepeated", PASSWORD));
        assertThat(next.getPath()).isEqualTo("/login");
        return phone;
    }

    private String phoneScreen(String phone) {
        return client().page("/mock-phone/" + phone);
    }

    private int codesTextedTo(String phone) {
        return (int) TEXTED_CODE.matcher(phoneScreen(phone)).results().count();
    }

    private String latestCodeTextedTo(String phone) {
        Matcher code = TEXTED_CODE.matcher(phoneScreen(phone));
        assertThat(code.find()).as("a verification code on the simulated phone of " + phone).isTrue();
        return code.group(1);
    }
}
