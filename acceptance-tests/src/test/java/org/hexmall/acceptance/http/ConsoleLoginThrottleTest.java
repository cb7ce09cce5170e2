package org.hexmall.acceptance.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.acceptance.LightPasswordHashing;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.security.AddressThrottlePolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Someone at one machine guessing agents' passwords on the console's login form, one try per username so that no
 * login's own lock is reached: the client address is locked out after the configured number of wrong passwords,
 * whichever usernames they were for, with the answer a locked login gets, the same for a real agent's username as for
 * an unknown one. The customers' login form from that address is locked too: it is one allowance per machine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleLoginThrottleTest {

    private static final int ADDRESS_LIMIT = 3;
    private static final String LOGIN = "/admin/login";
    private static final Pattern PROBLEM = Pattern.compile("role=\"alert\"[^>]*>\\s*([^<]+?)\\s*<");

    private HexmallApplication hexmall;

    @BeforeAll
    void startHexmallWithASmallAddressAllowance() {
        hexmall = HexmallApplication.start(HexmallConfig.defaults().withPort(0)
                .withPersistence(HexmallConfig.Persistence.MEMORY)
                .withAddressThrottle(new AddressThrottlePolicy(ADDRESS_LIMIT, Duration.ofMinutes(15),
                        Duration.ofHours(1))), Clock.systemUTC(), LightPasswordHashing.HASHER);
    }

    @AfterAll
    void stopHexmall() {
        hexmall.close();
    }

    @Test
    void wrongPasswordsForSeveralUsernames_lockTheAddress_andEveryLoginFromItIsAnsweredAlike() {
        var guesser = new HttpShopper(URI.create(hexmall.baseUrl()));

        String first = problemOn(guesser.submitAnswered(LOGIN, Map.of("username", "agent", "password", "guess-1"),
                401));
        String second = problemOn(guesser.submitAnswered(LOGIN, Map.of("username", "li.na", "password", "guess-2"),
                401));
        assertThat(second).as("an unknown username's answer").isEqualTo(first)
                .isEqualTo("The username or password is not correct.");

        String locked = problemOn(guesser.submitAnswered(LOGIN,
                Map.of("username", "supervisor", "password", "guess-3"), 429));
        assertThat(locked).startsWith("Too many wrong passwords: this login is locked for 15 minutes.");

        assertThat(problemOn(guesser.submitAnswered(LOGIN,
                Map.of("username", "agent", "password", "agent-pass-1"), 429)))
                .as("a real agent's right password from the locked address").isEqualTo(locked);
        assertThat(problemOn(guesser.submitAnswered(LOGIN, Map.of("username", "zhao.li", "password", "guess-4"),
                429)))
                .as("an unknown username from the locked address").isEqualTo(locked);
        assertThat(problemOn(guesser.submitAnswered("/login",
                Map.of("login", "13800000001", "password", "demo-pass-1"), 429)))
                .as("a customer's login from the same address").startsWith("Too many wrong passwords");
    }

    private static String problemOn(String page) {
        Matcher problem = PROBLEM.matcher(page);
        assertThat(problem.find()).as("a problem shown on the login page").isTrue();
        return problem.group(1).replace("&#39;", "'").replace("&quot;", "\"");
    }
}
