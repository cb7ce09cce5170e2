package org.hexmall.acceptance.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An app reads the running wallet offers, claims the JD Pay coupon, lists its coupons and reads its points through
 * the JSON API of a real hexmall (H2, demo data), with the campaign stored as a supervisor's would be; and a claim
 * form sent by a visitor whose session ended leads to the login and back to the page it was sent from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromotionsOverHttpTest {

    private static final String LI_LEI_PHONE = "13800000001";
    private static final String LI_LEI_PASSWORD = "demo-pass-1";

    private HexmallApplication hexmall;
    private final Campaign coupon = Campaign.create(new CampaignId(UUID.randomUUID()), "JD Pay gadget fortnight",
            "京东支付数码双周", CampaignKind.WALLET_COUPON, Conditions.none().withWallets(Set.of(WalletProvider.JD_PAY))
                    .withMinimumSpend(Money.ofYuan(299, 0)).withCategories(Set.of(Category.ELECTRONICS)),
            new Benefit.AmountOff(Money.ofYuan(30, 0)), new StackingGroup("jd-pay-coupon"), 7,
            new CampaignWindow(Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(30))),
            Money.ofYuan(10_000, 0), 1);

    @BeforeAll
    void startHexmall() {
        hexmall = HexmallApplication.start(HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:PromotionsOverHttpTest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        hexmall.storage().campaigns().add(coupon, Clock.systemUTC().instant());
    }

    @AfterAll
    void stopHexmall() {
        hexmall.close();
    }

    @Test
    void anAppClaimsTheCouponOnce_andFindsItOnTheAvailableShelf() {
        var liLei = new HttpShopper(URI.create(hexmall.baseUrl()));
        JsonNode offers = liLei.api("GET", "/api/v1/offers", null, null, 200);
        assertThat(offers.path("items").findValuesAsText("campaignId")).contains(coupon.id().toString());

        liLei.logInToApi(LI_LEI_PHONE, LI_LEI_PASSWORD);
        String body = "{\"campaignId\":\"" + coupon.id() + "\"}";
        JsonNode claimed = liLei.api("POST", "/api/v1/coupons", body, "claim-1", 201);
        JsonNode again = liLei.api("POST", "/api/v1/coupons", body, "claim-1", 201);
        JsonNode refused = liLei.api("POST", "/api/v1/coupons", body, "claim-2", 409);

        assertThat(again.path("id").asText()).isEqualTo(claimed.path("id").asText());
        assertThat(refused.path("code").asText()).isEqualTo("coupon-limit-reached");
        JsonNode available = liLei.api("GET", "/api/v1/coupons?shelf=available", null, null, 200);
        assertThat(available.path("items").findValuesAsText("id")).containsExactly(claimed.path("id").asText());
        assertThat(liLei.api("GET", "/api/v1/coupons?shelf=expired", null, null, 200).path("items")).isEmpty();
    }

    @Test
    void anAppReadsThePointsBalanceAndLedger() {
        CustomerId hanMeimei = hexmall.storage().customers().findByPhone(PhoneNumber.parse("13800000002"))
                .orElseThrow().id();
        hexmall.storage().pointsLedger().append(List.of(new PointsEntry(hanMeimei, PointsEntryKind.COMPENSATION, 500,
                Optional.empty(), "Sorry for the wait", Clock.systemUTC().instant())));
        var shopper = new HttpShopper(URI.create(hexmall.baseUrl()));
        shopper.logInToApi("13800000002", "demo-pass-2");

        JsonNode points = shopper.api("GET", "/api/v1/points", null, null, 200);

        assertThat(points.path("balance").asLong()).isEqualTo(500);
        assertThat(points.path("worth").path("display").asText()).isEqualTo("¥5.00");
        assertThat(points.path("ledger").path("items").path(0).path("note").asText()).isEqualTo("Sorry for the wait");
    }

    @Test
    void aClaimFormSentWithoutALogin_leadsToTheLoginAndBackToThePageItCameFrom() throws Exception {
        HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        // The visitor's session and its form token, as the login form carries it.
        String loginPage = visitor.send(HttpRequest.newBuilder(URI.create(hexmall.baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(token.find()).as("the page's form token").isTrue();
        String form = "_csrf=" + token.group(1) + "&campaignId=" + coupon.id() + "&back=";

        HttpResponse<String> fromTheProduct = claimForm(visitor, form + "%2Fproducts%2FELEC-0001");
        HttpResponse<String> elsewhere = claimForm(visitor, form + "https%3A%2F%2Fexample.com%2F");

        assertThat(fromTheProduct.statusCode()).isEqualTo(302);
        assertThat(fromTheProduct.headers().firstValue("Location"))
                .contains("/login?next=%2Fproducts%2FELEC-0001");
        assertThat(elsewhere.headers().firstValue("Location")).as("only a page of the shop is returned to")
                .contains("/login?next=%2Fpromotions");
    }

    private HttpResponse<String> claimForm(HttpClient visitor, String form) throws Exception {
        return visitor.send(HttpRequest.newBuilder(URI.create(hexmall.baseUrl() + "/account/coupons/claim"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
