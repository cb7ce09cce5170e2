package org.hexmall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.adapter.out.crypto.Argon2PasswordHasher;
import org.hexmall.application.port.in.account.RegisterCustomerCommand;
import org.hexmall.domain.account.DisplayName;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.support.AgentUsername;
import org.junit.jupiter.api.Test;

/**
 * A started hexmall stores every password as an Argon2id hash with OWASP's parameters (19 MiB, 2 passes, 1 lane);
 * only a start that is handed the adapter at a lighter cost, as the browser tests are, hashes at that cost, its demo
 * accounts included.
 */
class PasswordHashingAtStartTest {

    private static final String RECOMMENDED = "$argon2id$v=19$m=19456,t=2,p=1$";

    @Test
    void aStartedHexmallHashesANewCustomersPasswordWithTheRecommendedParameters_andSoAreTheDemoAccounts() {
        try (HexmallApplication hexmall = HexmallApplication.start(config("recommended"), Clock.systemUTC())) {
            hexmall.useCases().registerCustomer().register(new RegisterCustomerCommand(new PhoneNumber("13900000077"),
                    Optional.empty(), new DisplayName("Zhao Lei"), new PlainPassword("a-long-password-7")));

            assertThat(storedHash(hexmall, "13900000077")).startsWith(RECOMMENDED);
            assertThat(storedHash(hexmall, "13800000001")).isEqualTo(DemoData.HASHED_AHEAD.get("demo-pass-1"));
            assertThat(hexmall.storage().agents().findByUsername(new AgentUsername("agent")).orElseThrow()
                    .passwordHash().value()).isEqualTo(DemoData.HASHED_AHEAD.get("agent-pass-1"));
        }
    }

    @Test
    void aStartHandedALighterCostHashesEveryPasswordAtThatCost_theDemoAccountsToo_andTheyStillLogIn() {
        var lighter = new Argon2PasswordHasher(256, 1);
        try (HexmallApplication hexmall = HexmallApplication.start(config("lighter"), Clock.systemUTC(), lighter)) {
            hexmall.useCases().registerCustomer().register(new RegisterCustomerCommand(new PhoneNumber("13900000077"),
                    Optional.empty(), new DisplayName("Zhao Lei"), new PlainPassword("a-long-password-7")));

            assertThat(storedHash(hexmall, "13900000077")).startsWith("$argon2id$v=19$m=256,t=1,p=1$");
            String liLei = storedHash(hexmall, "13800000001");
            assertThat(liLei).startsWith("$argon2id$v=19$m=256,t=1,p=1$");
            assertThat(lighter.matches(new PlainPassword("demo-pass-1"),
                    new PasswordHash(liLei))).isTrue();
        }
    }

    private static HexmallConfig config(String name) {
        return HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:password-hashing-" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private static String storedHash(HexmallApplication hexmall, String phone) {
        return hexmall.storage().customers().findByPhone(new PhoneNumber(phone)).orElseThrow().passwordHash().value();
    }
}
