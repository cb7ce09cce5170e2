package org.hexmall.adapter.in.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.in.web.api.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.hexmall.application.port.in.promotion.ClaimResult;
import org.hexmall.application.port.in.promotion.CouponTab;
import org.hexmall.application.port.in.promotion.MyCoupons;
import org.hexmall.application.port.in.promotion.MyPoints;
import org.hexmall.application.port.in.promotion.OrderReference;
import org.hexmall.application.port.in.promotion.ShownOffer;
import org.hexmall.application.port.in.promotion.ViewMyCoupons;
import org.hexmall.application.port.in.promotion.ViewMyPoints;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignStatus;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PromotionsResourceTest {

    private static final String OFFERS = "/api/v1/offers";
    private static final String COUPONS = "/api/v1/coupons";
    private static final String POINTS = "/api/v1/points";
    private static final Campaign JD_PAY_COUPON = Campaign.create(new CampaignId(UUID.randomUUID()),
            "JD Pay electronics coupon", "京东支付数码券", CampaignKind.WALLET_COUPON, Conditions.none()
                    .withWallets(Set.of(WalletProvider.JD_PAY)).withMinimumSpend(Money.ofYuan(299, 0))
                    .withCategories(Set.of(Category.ELECTRONICS)),
            new Benefit.AmountOff(Money.ofYuan(30, 0)), new StackingGroup("jd-coupon"), 7,
            new CampaignWindow(FakeInPorts.NOW, FakeInPorts.NOW.plus(Duration.ofDays(30))), Money.ofYuan(10_000, 0),
            1);
    private static final String CLAIM_BODY = "{\"campaignId\":\"" + JD_PAY_COUPON.id() + "\"}";

    private final ApiTestServer api = new ApiTestServer();
    private String bearer;

    @BeforeEach
    void logIn() {
        bearer = "Bearer " + api.fakes.loggedIn(Fixtures.LI_LEI).id().value();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theRunningOffersAreOpenToEveryone_withWhatEachGivesAndAsks() {
        api.fakes.runningOffers = List.of(new ShownOffer(JD_PAY_COUPON, 0));

        ApiTestServer.Reply reply = api.get(OFFERS);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode offer = reply.json().path("items").path(0);
        assertThat(offer.path("campaignId").asText()).isEqualTo(JD_PAY_COUPON.id().toString());
        assertThat(offer.path("kind").asText()).isEqualTo("WALLET_COUPON");
        assertThat(offer.path("wallets").toString()).isEqualTo("[\"JD_PAY\"]");
        assertThat(offer.path("benefit").path("type").asText()).isEqualTo("AMOUNT_OFF");
        assertThat(offer.path("benefit").path("amount").path("fen").asLong()).isEqualTo(3_000);
        assertThat(offer.path("minimumSpend").path("display").asText()).isEqualTo("¥299.00");
        assertThat(offer.path("categories").toString()).isEqualTo("[\"ELECTRONICS\"]");
        assertThat(offer.path("claimable").asBoolean()).isTrue();
        assertThat(offer.path("endsAt").asText()).isEqualTo(JD_PAY_COUPON.window().endsAt().toString());
    }

    @Test
    void claimingACouponAnswersItAndPassesTheKeyAndCampaignOn() {
        AtomicReference<String> asked = new AtomicReference<>();
        CouponId coupon = new CouponId(UUID.randomUUID());
        Instant until = FakeInPorts.NOW.plus(Duration.ofDays(7));
        api.fakes.claimCoupon = (customer, campaign, key) -> {
            asked.set(customer + " " + campaign + " " + key.orElseThrow().value());
            return new ClaimResult.Claimed(coupon, until);
        };

        ApiTestServer.Reply reply = api.send("POST", COUPONS, CLAIM_BODY, "Authorization", bearer,
                "Idempotency-Key", "c-1");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("id").asText()).isEqualTo(coupon.toString());
        assertThat(reply.json().path("validUntil").asText()).isEqualTo(until.toString());
        assertThat(asked.get()).isEqualTo(Fixtures.LI_LEI + " " + JD_PAY_COUPON.id() + " c-1");
    }

    @Test
    void eachRefusedClaimIsAProblemThatSaysWhy() {
        api.fakes.claimCoupon = (customer, campaign, key) -> new ClaimResult.LimitReached(1);
        JsonNode limit = assertProblem(claim("c-2"), 409, "coupon-limit-reached", COUPONS);
        assertThat(limit.path("limit").asInt()).isEqualTo(1);

        api.fakes.claimCoupon = (customer, campaign, key) -> new ClaimResult.NotRunning(CampaignStatus.PAUSED);
        assertThat(assertProblem(claim("c-3"), 409, "campaign-not-running", COUPONS).path("campaignStatus").asText())
                .isEqualTo("PAUSED");

        api.fakes.claimCoupon = (customer, campaign, key) -> new ClaimResult.BudgetSpent();
        assertProblem(claim("c-4"), 409, "campaign-budget-spent", COUPONS);

        api.fakes.claimCoupon = (customer, campaign, key) -> new ClaimResult.KeyReused();
        assertProblem(claim("c-5"), 409, "idempotency-key-reused", COUPONS);

        api.fakes.claimCoupon = (customer, campaign, key) -> new ClaimResult.NoSuchCoupon();
        assertProblem(claim("c-6"), 404, "coupon-campaign-not-found", COUPONS);
    }

    @Test
    void aClaimWithoutAKeyOrACampaignIdIsRefusedAndClaimsNothing() {
        api.fakes.claimCoupon = (customer, campaign, key) -> {
            throw new AssertionError("claimed from a request that should be refused");
        };

        assertProblem(api.send("POST", COUPONS, CLAIM_BODY, "Authorization", bearer), 400,
                "idempotency-key-missing", COUPONS);
        assertProblem(api.send("POST", COUPONS, "{}", "Authorization", bearer, "Idempotency-Key", "c-7"), 400,
                "invalid-request", COUPONS);
        assertProblem(api.send("POST", COUPONS, "{\"campaignId\":\"not-an-id\"}", "Authorization", bearer,
                "Idempotency-Key", "c-8"), 404, "coupon-campaign-not-found", COUPONS);
        assertProblem(api.send("POST", COUPONS, CLAIM_BODY, "Idempotency-Key", "c-9"), 401, "unauthenticated",
                COUPONS);
    }

    @Test
    void theCouponsOfAShelfComeAPageAtATime_withTheOrderEachWasUsedOn() {
        PaymentId payment = new PaymentId(UUID.randomUUID());
        Coupon used = Coupon.claim(new CouponId(UUID.randomUUID()), Fixtures.LI_LEI, JD_PAY_COUPON, FakeInPorts.NOW);
        used.reserveFor(payment, FakeInPorts.NOW);
        used.use(FakeInPorts.NOW);
        Order order = Fixtures.order(Fixtures.LI_LEI);
        AtomicReference<CouponTab> askedFor = new AtomicReference<>();
        api.fakes.viewMyCoupons = (customer, tab, page) -> {
            askedFor.set(tab);
            return new MyCoupons(tab, new Page<>(List.of(used), page, ViewMyCoupons.PAGE_SIZE, 1),
                    Map.of(payment, new OrderReference(order.id(), order.number())));
        };

        ApiTestServer.Reply reply = api.get(COUPONS + "?shelf=used", "Authorization", bearer);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(askedFor.get()).isEqualTo(CouponTab.USED);
        assertThat(reply.json().path("shelf").asText()).isEqualTo("USED");
        JsonNode coupon = reply.json().path("items").path(0);
        assertThat(coupon.path("origin").asText()).isEqualTo("CLAIMED");
        assertThat(coupon.path("status").asText()).isEqualTo("USED");
        assertThat(coupon.path("usedOn").path("number").asText()).isEqualTo(order.number().value());
        assertThat(reply.json().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void anUnknownShelfOrPageIsA400Problem_andCouponsNeedALogin() {
        assertProblem(api.get(COUPONS + "?shelf=lost", "Authorization", bearer), 400, "invalid-request", COUPONS);
        assertProblem(api.get(COUPONS + "?page=0", "Authorization", bearer), 400, "invalid-request", COUPONS);
        assertProblem(api.get(COUPONS), 401, "unauthenticated", COUPONS);
        assertProblem(api.get(POINTS + "?page=x", "Authorization", bearer), 400, "invalid-request", POINTS);
        assertProblem(api.get(POINTS), 401, "unauthenticated", POINTS);
    }

    @Test
    void thePointsAnswerTheBalanceItsWorthAndTheLedger() {
        PointsEntry spent = new PointsEntry(Fixtures.LI_LEI, PointsEntryKind.SPENT, 150, Optional.empty(), "",
                FakeInPorts.NOW);
        PointsEntry earned = new PointsEntry(Fixtures.LI_LEI, PointsEntryKind.EARNED, 389, Optional.empty(), "",
                FakeInPorts.NOW.minusSeconds(60));
        api.fakes.viewMyPoints = (customer, page) -> new MyPoints(239,
                new Page<>(List.of(spent, earned), page, ViewMyPoints.PAGE_SIZE, 2), Map.of());

        ApiTestServer.Reply reply = api.get(POINTS, "Authorization", bearer);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("balance").asLong()).isEqualTo(239);
        assertThat(reply.json().path("worth").path("display").asText()).isEqualTo("¥2.39");
        assertThat(reply.json().path("pointsPerYuan").asInt()).isEqualTo(100);
        JsonNode ledger = reply.json().path("ledger");
        assertThat(ledger.path("items").path(0).path("kind").asText()).isEqualTo("SPENT");
        assertThat(ledger.path("items").path(0).path("change").asLong()).isEqualTo(-150);
        assertThat(ledger.path("items").path(1).path("change").asLong()).isEqualTo(389);
        assertThat(ledger.path("page").asInt()).isEqualTo(1);
    }

    private ApiTestServer.Reply claim(String key) {
        return api.send("POST", COUPONS, CLAIM_BODY, "Authorization", bearer, "Idempotency-Key", key);
    }
}
