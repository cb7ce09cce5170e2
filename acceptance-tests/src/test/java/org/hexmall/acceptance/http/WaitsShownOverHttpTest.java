package org.hexmall.acceptance.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.acceptance.LightPasswordHashing;
import org.hexmall.acceptance.browser.MovableClock;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.VerificationCode;
import org.hexmall.domain.security.VerificationCodeId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the store's pages tell a customer to wait for, over HTTP (H2, demo data, the store's time zone Asia/Shanghai):
 * a time to come back at is never before the wait is over, and a phone that has had its codes of the day is told
 * after when it gets another.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaitsShownOverHttpTest {

    private static final String PASSWORD = "lantern-festival-37";
    private static final ZoneId STORE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern TEXTED_CODE = Pattern.compile("verification code is (\\d{6})");

    private final MovableClock clock = new MovableClock();
    private HexmallApplication hexmall;

    @BeforeAll
    void startHexmall() {
        hexmall = HexmallApplication.start(HexmallConfig.defaults().withPort(0)
                        .withDatabaseUrl("jdbc:h2:mem:WaitsShown-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"),
                clock, LightPasswordHashing.HASHER);
    }

    @AfterAll
    void stopHexmall() {
        hexmall.close();
    }

    @Test
    void aLoginLockedUntilSecondsPastAMinute_saysToComeBackAtTheNextMinute_onTheLoginAndUnfreezeForms() {
        String phone = registeredCustomer();
        HttpShopper guesser = new HttpShopper(URI.create(hexmall.baseUrl()));
        moveToSecond(38);
        String locked = "";
        for (int attempt = 1; attempt <= 5; attempt++) {
            locked = guesser.submitAnswered("/login", Map.of("login", phone, "password", "guess-" + attempt),
                    attempt < 5 ? 401 : 429);
        }
        Instant lockEnds = hexmall.storage().customers().findByPhone(PhoneNumber.parse(phone)).orElseThrow()
                .loginThrottle().lockedUntil();
        assertThat(lockEnds.atZone(STORE_ZONE).getSecond()).as("a lock that ends past a whole minute").isPositive();
        String nextMinute = TIME.format(lockEnds.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1))
                .atZone(STORE_ZONE));

        assertThat(locked).contains("is locked for 15 minutes. Try again after " + nextMinute + ",");
        assertThat(guesser.submitAnswered("/unfreeze", Map.of("phone", phone, "password", PASSWORD), 429))
                .contains("Try again after " + nextMinute + ",");
    }

    @Test
    void aNewNumberThatHadItsTenCodesOfTheDay_isSaidToHaveHadThem_withWhenToAskAgain_inEitherLanguage() {
        String phone = registeredCustomer();
        HttpShopper customer = loggedIn(phone);
        String page = "/account/security/phone";
        passStepUp(customer, phone, "CHANGE_PHONE", page);
        String newNumber = unusedNumber();
        Instant oldest = tenCodesSentTo(newNumber);
        String masked = PhoneNumber.parse(newNumber).masked();
        String after = DATE_TIME.format(oldest.plus(Duration.ofDays(1)).atZone(STORE_ZONE));

        assertThat(customer.submitAnswered(page, Map.of("phone", newNumber), 429)).contains(masked
                + " has received as many verification codes as a number may within 24 hours, so no code was sent to "
                + "it. You can ask for a code for it again after " + after + ", or use another number.");
        customer.follow(URI.create("/language/zh-CN?next=/"));
        assertThat(customer.submitAnswered(page, Map.of("phone", newNumber), 429)).contains(masked
                + " 在 24 小时内收到的验证码已达上限，因此未向其发送验证码。请在 " + after + " 之后再为它获取验证码，或使用其他号码。");
    }

    @Test
    void aStepUpByCodeOnAPhoneThatHadItsTenCodesOfTheDay_saysAfterWhenAnotherGoes_andOffersTheFaceCheck() {
        String phone = registeredCustomer();
        HttpShopper customer = loggedIn(phone);
        Instant oldest = tenCodesSentTo(phone);
        String password = "/account/security/password";

        String refused = customer.submitAnswered(password, "/verify/start",
                Map.of("action", "CHANGE_PASSWORD", "factor", "SMS_CODE", "next", password), 429);

        assertThat(refused).contains(PhoneNumber.parse(phone).masked() + " has received as many verification codes"
                + " as a phone may within 24 hours, so no new code has gone to it for this check. You can ask for one"
                + " again after " + DATE_TIME.format(oldest.plus(Duration.ofDays(1)).atZone(STORE_ZONE))
                + ", or use a face check instead.").contains("Use a face check instead");
    }

    /**
     * Ten codes for other purposes went to the phone within the last day, the oldest 23 hours ago, the latest more
     * than a minute ago; answers when the oldest was sent.
     */
    private Instant tenCodesSentTo(String phone) {
        Instant oldest = clock.instant().minus(Duration.ofHours(23)).truncatedTo(ChronoUnit.SECONDS);
        hexmall.storage().transactions().inTransaction(() -> {
            for (int i = 0; i < 10; i++) {
                hexmall.storage().verificationCodes().save(VerificationCode.sent(new VerificationCodeId(
                        UUID.randomUUID()), PhoneNumber.parse(phone), CodePurpose.PASSWORD_RESET, "not-a-code",
                        oldest.plus(Duration.ofMinutes(10L * i))));
            }
        });
        return oldest;
    }

    private void passStepUp(HttpShopper customer, String phone, String action, String page) {
        URI verifyPage = customer.submit(page, "/verify/start",
                Map.of("action", action, "factor", "SMS_CODE", "next", page));
        assertThat(customer.submit(verifyPage.getPath(), verifyPage.getPath() + "/code",
                Map.of("code", codeTextedTo(customer, phone), "next", page)).getPath()).isEqualTo(page);
    }

    private HttpShopper loggedIn(String phone) {
        HttpShopper customer = new HttpShopper(URI.create(hexmall.baseUrl()));
        assertThat(customer.submit("/login", Map.of("login", phone, "password", PASSWORD)).getPath())
                .as("the account's first device, trusted without a code").doesNotStartWith("/login/device");
        return customer;
    }

    private static String codeTextedTo(HttpShopper reader, String phone) {
        Matcher code = TEXTED_CODE.matcher(reader.page("/mock-phone/" + phone));
        assertThat(code.find()).as("a verification code on the simulated phone").isTrue();
        return code.group(1);
    }

    private static String unusedNumber() {
        return "136" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** Moves the store's clock on to the next time its seconds read {@code second}, and a half. */
    private void moveToSecond(int second) {
        Instant now = clock.instant();
        long millisPast = now.toEpochMilli() % 60_000;
        long target = second * 1000L + 500;
        clock.moveOn(Duration.ofMillis(Math.floorMod(target - millisPast, 60_000)));
    }

    private String registeredCustomer() {
        String phone = "137" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        new HttpShopper(URI.create(hexmall.baseUrl())).submit("/register", Map.of("phone", phone, "email", "",
                "displayName", "Zhou Ming", "password", PASSWORD, "passwordRepeated", PASSWORD));
        return phone;
    }
}
