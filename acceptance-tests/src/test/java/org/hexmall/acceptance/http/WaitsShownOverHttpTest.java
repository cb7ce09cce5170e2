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
import org.hexmall.acceptance.LightPasswordHashing;
import org.hexmall.acceptance.browser.MovableClock;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.account.PhoneNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the store's pages tell a customer to wait for, over HTTP (H2, demo data, the store's time zone Asia/Shanghai):
 * a time to come back at is never before the wait is over.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaitsShownOverHttpTest {

    private static final String PASSWORD = "lantern-festival-37";
    private static final ZoneId STORE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

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
