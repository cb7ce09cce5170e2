package org.hexmall.bootstrap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hexmall.application.port.in.account.RegisterCustomer;
import org.hexmall.application.port.in.account.RegisterCustomerCommand;
import org.hexmall.application.port.in.account.RegistrationResult;
import org.hexmall.application.port.in.promotion.CreateCampaign;
import org.hexmall.application.port.in.promotion.CreateCampaignCommand;
import org.hexmall.application.port.in.risk.RaiseRiskAlert;
import org.hexmall.application.port.in.support.RegisterAgent;
import org.hexmall.application.port.in.support.RegisterAgentCommand;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DisplayName;
import org.hexmall.domain.account.EmailAddress;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.StackingGroup;
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
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;
import org.hexmall.domain.support.AgentUsername;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.WalletSimulator;

/**
 * The customers, agents, simulated wallet accounts and wallet promotions a person trying hexmall uses. Created through
 * the same use cases as real ones; a restart finds them there already and leaves them as they are.
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

    /** The demo supervisor's username, who created the demo campaigns. */
    static final AgentUsername SUPERVISOR = new AgentUsername("supervisor");
    private static final PhoneNumber LI_LEI = new PhoneNumber("13800000001");

    private DemoData() {
    }

    /** True when the demo customers are not there yet: the database is new. One look-up by an indexed phone. */
    static boolean isFirstStart(Customers customers) {
        return customers.findByPhone(LI_LEI).isEmpty();
    }

    /** The hash of "demo-pass-1", made ahead, for shoppers of the demo who need a password but are no one's. */
    static PasswordHash shopperPasswordHash() {
        return new PasswordHash(HASHED_AHEAD.get("demo-pass-1"));
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
                     RaiseRiskAlert raiseRiskAlert, CreateCampaign createCampaign, Instant now, ZoneId storeZone) {
        customer(registerCustomer, "13800000001", "li.lei@example.com", "李雷", "demo-pass-1");
        RegistrationResult hanMeimei = customer(registerCustomer, "13800000002", "han.meimei@example.com",
                "韩梅梅", "demo-pass-2");
        agent(registerAgent, "agent", "Wang Fang", AgentRole.AGENT, "agent-pass-1");
        Optional<AgentId> supervisor = agent(registerAgent, SUPERVISOR.value(), "Zhang Wei", AgentRole.SUPERVISOR,
                "supervisor-pass-1");
        // 李雷 can pay for nearly anything; 韩梅梅's ¥20.00 runs out quickly, as the guides' failures need.
        for (WalletProvider provider : List.of(WalletProvider.ALIPAY, WalletProvider.WECHAT_PAY)) {
            wallet(wallets, provider, "13800000001", "李雷", 500_000, "135790");
            wallet(wallets, provider, "13800000002", "韩梅梅", 2_000, "246801");
        }
        if (hanMeimei instanceof RegistrationResult.Registered registered) {
            blockedLargePayment(raiseRiskAlert, registered.customerId());
        }
        // A restart finds the supervisor there already, and the campaigns the first start created with them.
        supervisor.ifPresent(zhangWei -> campaigns(zhangWei, now, storeZone)
                .forEach(createCampaign::create));
    }

    /**
     * The wallet promotions a demo shows, created by the demo supervisor, their windows counted from {@code now}:
     * first payments with Alipay and with WeChat Pay, a JD Pay coupon on electronics, double points with WeChat Pay
     * on groceries, a festival whose window holds today, a cashback voucher, one campaign still to come and one over,
     * so that every status shows.
     */
    static List<CreateCampaignCommand> campaigns(AgentId supervisor, Instant now, ZoneId storeZone) {
        LocalDate today = LocalDate.ofInstant(now, storeZone);
        CampaignWindow running = window(today.minusDays(1), today.plusDays(60), storeZone);
        Money budget = Money.ofYuan(50_000, 0);
        String reason = "Demo campaign, set up when the demo store first started";
        Conditions firstPayment = Conditions.none().withMinimumSpend(Money.ofYuan(50, 0)).firstPaymentWithWalletOnly();
        return List.of(
                new CreateCampaignCommand(supervisor, "First payment with Alipay", "支付宝首单立减",
                        CampaignKind.FIRST_WALLET_PAYMENT, firstPayment.withWallets(Set.of(WalletProvider.ALIPAY)),
                        new Benefit.AmountOff(Money.ofYuan(10, 0)), new StackingGroup("wallet-first"), 0, running,
                        budget, 1, reason),
                new CreateCampaignCommand(supervisor, "First payment with WeChat Pay", "微信支付首单立减",
                        CampaignKind.FIRST_WALLET_PAYMENT,
                        firstPayment.withWallets(Set.of(WalletProvider.WECHAT_PAY)),
                        new Benefit.AmountOff(Money.ofYuan(10, 0)), new StackingGroup("wallet-first"), 0, running,
                        budget, 1, reason),
                new CreateCampaignCommand(supervisor, "JD Pay electronics coupon", "京东支付数码专享券",
                        CampaignKind.WALLET_COUPON, Conditions.none().withWallets(Set.of(WalletProvider.JD_PAY))
                        .withMinimumSpend(Money.ofYuan(299, 0)).withCategories(Set.of(Category.ELECTRONICS)),
                        new Benefit.AmountOff(Money.ofYuan(30, 0)), new StackingGroup("coupon"), 30, running,
                        budget, 1, reason),
                new CreateCampaignCommand(supervisor, "Double points with WeChat Pay", "微信支付买食品双倍积分",
                        CampaignKind.POINTS_MULTIPLIER, Conditions.none()
                        .withWallets(Set.of(WalletProvider.WECHAT_PAY)).withCategories(Set.of(Category.GROCERIES)),
                        new Benefit.PointsMultiplier(2), new StackingGroup("points"), 0, running, budget, 100,
                        reason),
                new CreateCampaignCommand(supervisor, "Double 11 encore", "双十一返场", CampaignKind.FESTIVAL,
                        Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY))
                        .withMinimumSpend(Money.ofYuan(300, 0)),
                        new Benefit.AmountOff(Money.ofYuan(50, 0)), new StackingGroup("festival"), 0,
                        window(today.minusDays(2), today.plusDays(14), storeZone), budget, 3, reason),
                new CreateCampaignCommand(supervisor, "Spend ¥200, get a ¥20 voucher", "满200返20元券",
                        CampaignKind.CASHBACK_VOUCHER, Conditions.none().withMinimumSpend(Money.ofYuan(200, 0)),
                        new Benefit.CashbackVoucher(Money.ofYuan(20, 0), Money.ofYuan(100, 0), 30),
                        new StackingGroup("cashback"), 0, running, budget, 3, reason),
                new CreateCampaignCommand(supervisor, "New Year goods warm-up", "年货节预热", CampaignKind.FESTIVAL,
                        Conditions.none().withWallets(Set.of(WalletProvider.WECHAT_PAY))
                        .withMinimumSpend(Money.ofYuan(100, 0)),
                        new Benefit.PercentOff(10, Money.ofYuan(50, 0)), new StackingGroup("festival"), 0,
                        window(today.plusDays(30), today.plusDays(45), storeZone), budget, 3, reason),
                new CreateCampaignCommand(supervisor, "Mid-Autumn mooncake offer", "中秋月饼优惠",
                        CampaignKind.FESTIVAL, Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY))
                        .withMinimumSpend(Money.ofYuan(150, 0)).withCategories(Set.of(Category.GROCERIES)),
                        new Benefit.AmountOff(Money.ofYuan(20, 0)), new StackingGroup("festival"), 0,
                        window(today.minusDays(60), today.minusDays(30), storeZone), budget, 1, reason));
    }

    /** From the start of {@code first} to the start of {@code last} in the store's time zone. */
    private static CampaignWindow window(LocalDate first, LocalDate last, ZoneId storeZone) {
        return new CampaignWindow(first.atStartOfDay(storeZone).toInstant(), last.atStartOfDay(storeZone).toInstant());
    }

    /**
     * An open alert, so that the console's queue is never empty in a demo: a large payment in 韩梅梅's name, from
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

    private static Optional<AgentId> agent(RegisterAgent registerAgent, String username, String name,
                                           AgentRole role, String password) {
        return registerAgent.register(new RegisterAgentCommand(new AgentUsername(username), name, role,
                new PlainPassword(password)));
    }
}
