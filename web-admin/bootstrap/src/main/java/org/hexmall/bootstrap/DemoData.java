package org.hexmall.bootstrap;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.account.RegisterCustomer;
import org.hexmall.application.port.in.account.RegisterCustomerCommand;
import org.hexmall.application.port.in.account.RegistrationResult;
import org.hexmall.application.port.in.risk.RaiseRiskAlert;
import org.hexmall.application.port.in.support.RegisterAgent;
import org.hexmall.application.port.in.support.RegisterAgentCommand;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DisplayName;
import org.hexmall.domain.account.EmailAddress;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.risk.AttemptKind;
import org.hexmall.domain.risk.DeviceTrust;
import org.hexmall.domain.risk.FiredRule;
import org.hexmall.domain.risk.RiskAttempt;
import org.hexmall.domain.risk.RiskReason;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.risk.RiskRules;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentRole;
import org.hexmall.domain.support.AgentUsername;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.WalletSimulator;

/**
 * The customers, agents and simulated wallet accounts a person trying hexmall uses. Created through the same use cases
 * as real ones; a restart finds them there already and leaves them as they are.
 *
 * <p>Their passwords are published in the README, so their Argon2id hashes are published here too, made once ahead
 * of time: a first start then registers them without four memory-hard hashes (each 19 MiB and tens of milliseconds),
 * which would otherwise be most of the work of starting and the largest thing the heap ever grew for. Only the
 * seeding uses them ({@link #hashedAhead}); every other password, a customer's choosing "demo-pass-1" included, is
 * hashed afresh with a salt of its own.
 */
final class DemoData {

    /** The demo accounts' passwords and their Argon2id hashes, made with {@code Argon2PasswordHasher}'s settings. */
    static final Map<String, String> HASHED_AHEAD = Map.of(
            "demo-pass-1", "$argon2id$v=19$m=19456,t=2,p=1$r3n4Dt1U4k1Px94fEA496g$tGTcy1WtrxIKhGCcEvm1IbJn+xvovK/4h9ArYf8prbA",
            "demo-pass-2", "$argon2id$v=19$m=19456,t=2,p=1$6K59qsdzhmJzOXmOUshLhA$BLzirvxPR4a2WacfljVWGMv/jYChM3F39NpF31LfSvU",
            "agent-pass-1", "$argon2id$v=19$m=19456,t=2,p=1$9o8wMR0MjhrCukCHLatUOA$oyLnEj2uG94WAIsLqOV1RSATLowD2ikdxOewE2F0b7k",
            "supervisor-pass-1", "$argon2id$v=19$m=19456,t=2,p=1$EyGFqbxQ1MDjzTKGoPYuug$wyItMCk4icQ7/XvTzKwkUDwo4OR2pRbIjwmQLzxg+hU");

    private DemoData() {
    }

    /**
     * A hasher for seeding the demo accounts: it answers their published passwords with the hashes made ahead, and
     * hashes anything else with {@code hasher}.
     */
    static PasswordHasher hashedAhead(PasswordHasher hasher) {
        return new PasswordHasher() {
            @Override
            public PasswordHash hash(PlainPassword password) {
                String ready = HASHED_AHEAD.get(password.value());
                return ready != null ? new PasswordHash(ready) : hasher.hash(password);
            }

            @Override
            public boolean matches(PlainPassword candidate, PasswordHash hash) {
                return hasher.matches(candidate, hash);
            }
        };
    }

    static void seed(RegisterCustomer registerCustomer, RegisterAgent registerAgent, WalletSimulator wallets,
                     RaiseRiskAlert raiseRiskAlert) {
        customer(registerCustomer, "13800000001", "li.lei@example.com", "Li Lei", "demo-pass-1");
        RegistrationResult hanMeimei = customer(registerCustomer, "13800000002", "han.meimei@example.com",
                "Han Meimei", "demo-pass-2");
        agent(registerAgent, "agent", "Wang Fang", AgentRole.AGENT, "agent-pass-1");
        agent(registerAgent, "supervisor", "Zhang Wei", AgentRole.SUPERVISOR, "supervisor-pass-1");
        // Li Lei can pay for nearly anything; Han Meimei's ¥20.00 runs out quickly, as the guides' failures need.
        for (WalletProvider provider : List.of(WalletProvider.ALIPAY, WalletProvider.WECHAT_PAY)) {
            wallet(wallets, provider, "13800000001", "Li Lei", 500_000, "135790");
            wallet(wallets, provider, "13800000002", "Han Meimei", 2_000, "246801");
        }
        if (hanMeimei instanceof RegistrationResult.Registered registered) {
            blockedLargePayment(raiseRiskAlert, registered.customerId());
        }
    }

    /**
     * An open alert, so that the console's queue is never empty in a demo: a large payment in Han Meimei's name, from
     * a device her account never trusted, minutes after a wallet was bound, which the rules blocked.
     */
    private static void blockedLargePayment(RaiseRiskAlert raiseRiskAlert, CustomerId customerId) {
        Money amount = Money.ofYuan(6_888, 0);
        List<FiredRule> fired = List.of(
                RiskRules.newDevice(DeviceTrust.UNTRUSTED).orElseThrow(),
                new FiredRule(RiskRule.AMOUNT_ABOVE_USUAL, RiskSettings.AMOUNT_SCORE,
                        RiskReason.of(RiskRule.AMOUNT_ABOVE_USUAL, amount, Money.ofYuan(18, 0), 3)),
                new FiredRule(RiskRule.BIND_THEN_PAY, RiskSettings.BIND_THEN_PAY_SCORE,
                        RiskReason.of(RiskRule.BIND_THEN_PAY, amount, 4)));
        raiseRiskAlert.onAssessment(customerId, new RiskAttempt(AttemptKind.PAYMENT, Optional.of(amount),
                        "2612 0518 7730", "203.0.113.58"),
                RiskRules.decide(fired, RiskSettings.defaults()));
    }

    private static void wallet(WalletSimulator wallets, WalletProvider provider, String phone, String holder,
                               long balanceFen, String paymentPassword) {
        wallets.accounts().open(provider, WalletAccountIdentifier.parse(provider, phone), holder, balanceFen,
                paymentPassword);
    }

    private static RegistrationResult customer(RegisterCustomer registerCustomer, String phone, String email,
                                               String name, String password) {
        return registerCustomer.register(new RegisterCustomerCommand(new PhoneNumber(phone),
                Optional.of(new EmailAddress(email)), new DisplayName(name), new PlainPassword(password)));
    }

    private static void agent(RegisterAgent registerAgent, String username, String name, AgentRole role,
                              String password) {
        registerAgent.register(new RegisterAgentCommand(new AgentUsername(username), name, role,
                new PlainPassword(password)));
    }
}
