package org.hexmall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hexmall.adapter.out.crypto.Argon2PasswordHasher;
import org.hexmall.application.port.in.promotion.CreateCampaignCommand;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignStatus;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private final Argon2PasswordHasher argon2 = new Argon2PasswordHasher();

    @Test
    void everyHashMadeAheadIsAnArgon2idHashOfItsPasswordAndOfNoOther() {
        assertThat(DemoData.HASHED_AHEAD).containsOnlyKeys("demo-pass-1", "demo-pass-2", "agent-pass-1",
                "supervisor-pass-1");
        DemoData.HASHED_AHEAD.forEach((password, hash) -> {
            assertThat(hash).startsWith("$argon2id$v=19$m=" + Argon2PasswordHasher.MEMORY_KIB + ",t="
                    + Argon2PasswordHasher.ITERATIONS + ",p=" + Argon2PasswordHasher.PARALLELISM + "$");
            assertThat(argon2.matches(new PlainPassword(password), new PasswordHash(hash))).as(password).isTrue();
            assertThat(argon2.matches(new PlainPassword(password + "x"), new PasswordHash(hash))).as(password).isFalse();
        });
    }

    @Test
    void seedingTheDemoAccountsHashesNothingAndEveryOtherPasswordIsHashedAfresh() {
        var counting = new CountingHasher();
        PasswordHasher seeding = DemoData.hashedAhead(counting);

        for (String password : DemoData.HASHED_AHEAD.keySet()) {
            assertThat(seeding.hash(new PlainPassword(password)).value())
                    .isEqualTo(DemoData.HASHED_AHEAD.get(password));
        }
        assertThat(counting.hashed).isEmpty();

        PasswordHash other = seeding.hash(new PlainPassword("a-password-of-my-own"));
        assertThat(counting.hashed).containsExactly("a-password-of-my-own");
        assertThat(other.value()).isNotIn(DemoData.HASHED_AHEAD.values());
        assertThat(seeding.matches(new PlainPassword("a-password-of-my-own"), other)).isTrue();
    }

    @Test
    void theDemoCampaigns_showEveryStatusButASpentBudget_andTheOffersTheGuidesPromise() {
        Instant now = Instant.parse("2026-12-06T03:00:00Z");
        List<Campaign> campaigns = DemoData.campaigns(new AgentId(UUID.randomUUID()), now,
                        ZoneId.of("Asia/Shanghai")).stream()
                .map(command -> command.campaign(new CampaignId(UUID.randomUUID()))).toList();

        assertThat(campaigns).extracting(campaign -> campaign.statusAt(now, Money.ZERO)).contains(
                CampaignStatus.RUNNING, CampaignStatus.SCHEDULED, CampaignStatus.ENDED);
        assertThat(campaigns).allSatisfy(campaign ->
                assertThat(campaign.budget()).isGreaterThanOrEqualTo(Money.ofYuan(50_000, 0)));
        List<Campaign> running = campaigns.stream()
                .filter(campaign -> campaign.statusAt(now, Money.ZERO) == CampaignStatus.RUNNING).toList();
        assertThat(running).extracting(Campaign::kind).containsExactlyInAnyOrder(
                CampaignKind.FIRST_WALLET_PAYMENT, CampaignKind.FIRST_WALLET_PAYMENT, CampaignKind.WALLET_COUPON,
                CampaignKind.POINTS_MULTIPLIER, CampaignKind.FESTIVAL, CampaignKind.CASHBACK_VOUCHER);
        Campaign encore = running.stream().filter(campaign -> campaign.kind() == CampaignKind.FESTIVAL)
                .findFirst().orElseThrow();
        assertThat(encore.nameEn()).isEqualTo("Double 11 encore");
        assertThat(encore.nameZh()).isEqualTo("双十一返场");
        assertThat(encore.conditions().wallets()).containsExactly(WalletProvider.ALIPAY);
        assertThat(encore.conditions().minimumSpend()).isEqualTo(Money.ofYuan(300, 0));
        assertThat(encore.benefit()).isEqualTo(new Benefit.AmountOff(Money.ofYuan(50, 0)));
        assertThat(running).filteredOn(campaign -> campaign.kind() == CampaignKind.FIRST_WALLET_PAYMENT)
                .extracting(campaign -> campaign.conditions().wallets())
                .containsExactlyInAnyOrder(Set.of(WalletProvider.ALIPAY), Set.of(WalletProvider.WECHAT_PAY));
        Campaign coupon = running.stream().filter(campaign -> campaign.kind() == CampaignKind.WALLET_COUPON)
                .findFirst().orElseThrow();
        assertThat(coupon.conditions().categories()).containsExactly(Category.ELECTRONICS);
        assertThat(coupon.couponValidityDays()).isEqualTo(30);
        assertThat(coupon.benefit()).isEqualTo(new Benefit.AmountOff(Money.ofYuan(30, 0)));
        assertThat(running).extracting(campaign -> campaign.stackingGroup().name())
                .contains("wallet-first", "coupon", "points", "festival", "cashback");
        assertThat(DemoData.campaigns(new AgentId(UUID.randomUUID()), now, ZoneId.of("Asia/Shanghai")))
                .extracting(CreateCampaignCommand::reason).doesNotContainNull();
    }

    private final class CountingHasher implements PasswordHasher {
        final List<String> hashed = new ArrayList<>();

        @Override
        public PasswordHash hash(PlainPassword password) {
            hashed.add(password.value());
            return argon2.hash(password);
        }

        @Override
        public boolean matches(PlainPassword candidate, PasswordHash hash) {
            return argon2.matches(candidate, hash);
        }
    }
}
