package org.hexmall.adapter.out.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter.RoundTrips;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter.Snapshot;
import org.hexmall.application.port.out.persistence.PromotionBudgets.Claim;
import org.hexmall.application.port.out.persistence.PromotionSnapshot;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DisplayName;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the promotions cost a checkout in round trips to the database: the facts pricing reads, and the reservation,
 * commit and release of a payment's budget. Kept small so that a payment with promotions stays within the checkout's
 * budget (see CheckoutRoundTripBudgetTest and docs/benchmarks.md).
 */
class JdbiPromotionRoundTripsTest {

    private static final Instant NOW = Instant.parse("2025-11-11T08:00:00Z");
    private static final CampaignWindow AROUND_NOW = new CampaignWindow(NOW.minus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(1)));

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final RoundTripCounter counter = new RoundTripCounter();
    private JdbiPersistence persistence;
    private CustomerId liLei;
    private Campaign festival;
    private Campaign coupons;

    @BeforeEach
    void start() {
        persistence = JdbiPersistence.start(new DatabaseSettings(url, null, null), new FakeFieldEncryption(), counter);
        Customer customer = Customer.register(new CustomerId(UUID.randomUUID()), new PhoneNumber("13800000001"),
                Optional.empty(), new DisplayName("Li Lei"),
                new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGVkcGFzc3dvcmQ"), NOW);
        persistence.customers().add(customer);
        liLei = customer.id();
        festival = Campaign.create(new CampaignId(UUID.randomUUID()), "Double 11 encore", "双十一返场",
                CampaignKind.FESTIVAL, Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY))
                        .withMinimumSpend(Money.ofYuan(300, 0)),
                new Benefit.AmountOff(Money.ofYuan(50, 0)), new StackingGroup("festival"), 0, AROUND_NOW,
                Money.ofYuan(10_000, 0), 3);
        coupons = Campaign.create(new CampaignId(UUID.randomUUID()), "JD Pay electronics coupon", "京东支付数码券",
                CampaignKind.WALLET_COUPON, Conditions.none().withWallets(Set.of(WalletProvider.JD_PAY))
                        .withCategories(Set.of(Category.ELECTRONICS)),
                new Benefit.AmountOff(Money.ofYuan(30, 0)), new StackingGroup("jdpay"), 7, AROUND_NOW,
                Money.ofYuan(3000, 0), 1);
        persistence.campaigns().add(festival, NOW);
        persistence.campaigns().add(coupons, NOW);
        persistence.coupons().claim(Coupon.claim(new CouponId(UUID.randomUUID()), liLei, coupons, NOW), 1);
        persistence.pointsLedger().append(List.of(new PointsEntry(liLei, PointsEntryKind.EARNED, 300,
                Optional.empty(), "", NOW)));
    }

    @AfterEach
    void stop() throws SQLException {
        persistence.close();
        TestDatabase.execute(url, "SHUTDOWN");
    }

    @Test
    void thePromotionFactsOfACheckout_takeTwoStatements() {
        Snapshot before = counter.snapshot();

        PromotionSnapshot snapshot = persistence.transactions().withoutTransaction(() ->
                persistence.promotionFacts().snapshotFor(liLei, NOW.plusSeconds(60)));

        assertThat(snapshot.campaigns()).hasSize(2);
        assertThat(snapshot.coupons()).hasSize(1);
        assertThat(snapshot.pointsBalance()).isEqualTo(300);
        assertThat(counter.snapshot().minus(before).hexmall()).isEqualTo(new RoundTrips(2, 0, 0, 0, 0));
    }

    @Test
    void reservingACampaignACustomerHadBefore_takesThreeStatements_andCommittingOne() {
        PaymentId earlier = new PaymentId(UUID.randomUUID());
        persistence.transactions().inTransaction(() -> persistence.promotionBudgets().reserve(earlier, liLei,
                List.of(new Claim(festival.id(), Money.ofYuan(50, 0), 3)), NOW));
        PaymentId payment = new PaymentId(UUID.randomUUID());
        Snapshot before = counter.snapshot();

        persistence.transactions().inTransaction(() -> {
            persistence.promotionBudgets().reserve(payment, liLei,
                    List.of(new Claim(festival.id(), Money.ofYuan(50, 0), 3)), NOW);
            persistence.promotionBudgets().commit(payment, NOW.plusSeconds(5));
        });

        // The campaign's budget, the customer's use, and the redemption (a batch); then the commit.
        assertThat(counter.snapshot().minus(before).hexmall()).isEqualTo(new RoundTrips(3, 1, 1, 0, 0));
    }

    @Test
    void reservingACampaignForTheFirstTime_addsTheCustomersRowBehindASavepoint() {
        PaymentId payment = new PaymentId(UUID.randomUUID());
        Snapshot before = counter.snapshot();

        persistence.transactions().inTransaction(() -> persistence.promotionBudgets().reserve(payment, liLei,
                List.of(new Claim(festival.id(), Money.ofYuan(50, 0), 3)), NOW));

        // The budget, the use (no row yet), its insert, and the redemption; the savepoint is set and released.
        assertThat(counter.snapshot().minus(before).hexmall()).isEqualTo(new RoundTrips(3, 1, 1, 0, 2));
    }
}
