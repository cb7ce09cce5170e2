package org.hexmall.acceptance.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.acceptance.http.HttpShopper;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter.Snapshot;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.risk.RiskSettings;

/**
 * 李雷 (a demo customer) checking out through the JSON API one {@link CheckoutStep} at a time, each step measured by
 * the {@link RoundTripCounter}'s difference around it. He first binds his simulated Alipay account on the
 * storefront's pages, as a person does, and logs in to the API.
 * <p>
 * He pays on the wallet's page himself, after the store has answered, rather than with the simulator's automatic
 * confirmation that the benchmark uses: that one races the store's own recording of the provider's answer, so the
 * notification's round trips would fall now into the payment request's step and now into its own. Paying on the page
 * puts them in the order a person's payment takes, and hexmall's round trips are the same either way.
 */
final class LiLeisCheckouts {

    private static final String PHONE = "13800000001";
    private static final String PASSWORD = "demo-pass-1";
    private static final String PAYMENT_PASSWORD = "135790";
    private static final String ADD_ALIPAY = "/account/security/payment-methods/add/alipay";
    private static final Pattern TEXTED_CODE = Pattern.compile("verification code is (\\d{6})");

    /** One checkout's round trips, step by step, and the payment as {@code GET /payments/{id}} shows it once paid. */
    record Checkout(Map<CheckoutStep, Snapshot> steps, JsonNode payment) {
    }

    private final RoundTripCounter roundTrips;
    private final HttpShopper liLei;
    private final SimulatedAlipay alipay;

    private LiLeisCheckouts(RoundTripCounter roundTrips, HttpShopper liLei, SimulatedAlipay alipay) {
        this.roundTrips = roundTrips;
        this.liLei = liLei;
        this.alipay = alipay;
    }

    /**
     * A store in this JVM on a fresh in-memory H2 database with its demo data. The risk rules stay on, so that their
     * facts are counted; one shopper's checkouts back to back would trip the payment velocity rule, which is not what
     * the budgets measure.
     */
    static HexmallConfig storeOnH2(String databaseName) {
        return HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:" + databaseName + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withRisk(RiskSettings.defaults().withVelocity(1_000, 1_000, Duration.ofMinutes(10)));
    }

    /** 李雷 at the store, his Alipay account bound and logged in to the API, his round trips counted. */
    static LiLeisCheckouts in(HexmallApplication hexmall, RoundTripCounter roundTrips) {
        var liLei = new HttpShopper(URI.create(hexmall.baseUrl()));
        var alipay = new SimulatedAlipay(hexmall.walletSimulator(), PAYMENT_PASSWORD);
        bindAlipay(liLei, alipay);
        liLei.logInToApi(PHONE, PASSWORD);
        return new LiLeisCheckouts(roundTrips, liLei, alipay);
    }

    /** 李雷 himself, logged in on the storefront and to the API, to open other pages as he would. */
    HttpShopper liLei() {
        return liLei;
    }

    /** So many checkouts of one of the product, one after the other. */
    List<Checkout> checkOut(String product, int times) {
        List<Checkout> checkouts = new ArrayList<>();
        for (int checkout = 0; checkout < times; checkout++) {
            checkouts.add(checkOut(product));
        }
        return checkouts;
    }

    /** The steps of each checkout, for {@link StepFigures#of}. */
    static List<Map<CheckoutStep, Snapshot>> steps(List<Checkout> checkouts) {
        return checkouts.stream().map(Checkout::steps).toList();
    }

    private Checkout checkOut(String product) {
        Map<CheckoutStep, Snapshot> steps = new EnumMap<>(CheckoutStep.class);
        measure(steps, CheckoutStep.PUT_CART_ITEM, () -> liLei.api("PUT", "/api/v1/cart/items/" + product,
                "{\"quantity\":1}", null, 200));
        JsonNode order = measure(steps, CheckoutStep.POST_ORDER, () -> liLei.api("POST", "/api/v1/orders", null,
                UUID.randomUUID().toString(), 201));
        JsonNode payment = measure(steps, CheckoutStep.POST_PAYMENT, () -> liLei.api("POST",
                "/api/v1/orders/" + order.get("id").asText() + "/payments", null, UUID.randomUUID().toString(), 201));
        // Paying in the app is a request to the simulated provider, made here through its Java API on this thread.
        measure(steps, CheckoutStep.NOTIFICATION_APPLIED, () -> roundTrips.serving(() -> {
            alipay.pay(URI.create(payment.get("redirectUrl").asText()));
            return null;
        }));
        JsonNode seen = measure(steps, CheckoutStep.GET_PAYMENT, () -> liLei.api("GET",
                "/api/v1/payments/" + payment.get("paymentId").asText(), null, null, 200));
        assertThat(seen.get("status").asText()).as("the payment, once the wallet has told hexmall")
                .isEqualTo("SUCCEEDED");
        return new Checkout(steps, seen);
    }

    private <T> T measure(Map<CheckoutStep, Snapshot> steps, CheckoutStep step, Supplier<T> work) {
        Snapshot before = roundTrips.servingSnapshot();
        T answer = work.get();
        steps.put(step, roundTrips.servingSnapshot().minus(before));
        return answer;
    }

    /** On the storefront, as on its pages: log in, add the Alipay account, type the texted code, approve in the app. */
    private static void bindAlipay(HttpShopper liLei, SimulatedAlipay alipay) {
        liLei.submit("/login", Map.of("login", PHONE, "password", PASSWORD));
        URI codePage = liLei.submit(ADD_ALIPAY, Map.of("account", PHONE));
        URI authorizationPage = liLei.submit(codePage.getPath(), Map.of("code", codeTextedTo(liLei, PHONE)));
        URI bound = liLei.follow(alipay.approve(authorizationPage));
        assertThat(bound.getPath()).as("where the wallet app's way back leads").endsWith("/bound");
    }

    /** The code in the message on the simulated phone's page, as a person reads it off their phone. */
    private static String codeTextedTo(HttpShopper shopper, String phone) {
        Matcher code = TEXTED_CODE.matcher(shopper.page("/mock-phone/" + phone));
        assertThat(code.find()).as("a verification code on the simulated phone of " + phone).isTrue();
        return code.group(1);
    }
}
