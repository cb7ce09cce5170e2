package org.hexmall.acceptance.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.acceptance.http.HttpShopper;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter.Snapshot;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.risk.RiskSettings;
import org.junit.jupiter.api.Test;

/**
 * A regression guard on what a checkout costs the database, counted rather than timed: hexmall runs in this JVM on
 * an in-memory H2 database with its demo data, and a {@link RoundTripCounter} counts every round trip to it. 李雷
 * (a demo customer) binds his simulated Alipay account on the storefront's pages, as a person does, then checks out
 * through the JSON API one step at a time, each step measured by the counter's difference around it:
 * <ol>
 *   <li>{@code PUT /api/v1/cart/items/{product}};</li>
 *   <li>{@code POST /api/v1/orders};</li>
 *   <li>{@code POST /api/v1/orders/{id}/payments}, answered with the wallet's pay page;</li>
 *   <li>he pays on that page, and the simulated wallet notifies hexmall, which applies the result;</li>
 *   <li>{@code GET /api/v1/payments/{id}}, once, which shows the payment succeeded.</li>
 * </ol>
 * He pays on the page himself, after the store has answered, rather than with the simulator's automatic confirmation
 * that the benchmark uses: that one races the store's own recording of the provider's answer, so the notification's
 * round trips would fall now into the payment request's step and now into its own. Paying on the page puts them in
 * the order a person's payment takes, and hexmall's round trips are the same either way.
 * <p>
 * The first checkouts warm up (they may load what later ones find ready); the figures are the median of the
 * checkouts after them. Each step, and the whole checkout, must stay within its budget ({@link CheckoutStep}).
 */
class CheckoutRoundTripBudgetTest {

    static final String PHONE = "13800000001";
    static final String PASSWORD = "demo-pass-1";
    static final String PAYMENT_PASSWORD = "135790";
    /** ¥19.80: 李雷's ¥5,000.00 at the simulated Alipay pays for every checkout here. */
    private static final String PRODUCT = "BOOK-0004";
    private static final String ADD_ALIPAY = "/account/security/payment-methods/add/alipay";
    private static final Pattern TEXTED_CODE = Pattern.compile("verification code is (\\d{6})");
    private static final int WARM_UP_CHECKOUTS = 2;
    private static final int MEASURED_CHECKOUTS = 5;

    private final RoundTripCounter roundTrips = new RoundTripCounter();

    @Test
    void everyStepOfACheckout_staysWithinItsBudgetOfDatabaseRoundTrips() {
        HexmallConfig config = HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:budget-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                // The risk rules stay on, so that their facts are counted; one shopper's checkouts back to back
                // would trip the payment velocity rule, which is not what this test measures.
                .withRisk(RiskSettings.defaults().withVelocity(1_000, 1_000, Duration.ofMinutes(10)));
        try (HexmallApplication hexmall = HexmallApplication.start(config, Clock.systemUTC(), roundTrips)) {
            var liLei = new HttpShopper(URI.create(hexmall.baseUrl()));
            var alipay = new SimulatedAlipay(hexmall.walletSimulator(), PAYMENT_PASSWORD);
            bindAlipay(liLei, alipay);
            liLei.logInToApi(PHONE, PASSWORD);

            List<Map<CheckoutStep, Snapshot>> checkouts = new ArrayList<>();
            for (int checkout = 0; checkout < WARM_UP_CHECKOUTS + MEASURED_CHECKOUTS; checkout++) {
                checkouts.add(checkOut(liLei, alipay));
            }
            List<StepFigures> figures = StepFigures.of(checkouts.subList(WARM_UP_CHECKOUTS, checkouts.size()));
            String table = StepFigures.table(figures);
            System.out.println("Database round trips of hexmall per checkout step, the median of " + MEASURED_CHECKOUTS
                    + " checkouts after " + WARM_UP_CHECKOUTS + " to warm up:\n" + table);

            StepFigures wholeCheckout = figures.getLast();
            assertThat(wholeCheckout.hexmall().total()).as("hexmall's round trips, counted at all").isPositive();
            assertThat(wholeCheckout.simulatedProviders().total())
                    .as("the simulated wallet's own round trips, told apart from hexmall's by their tables' names;"
                            + " none were seen, so they are counted as hexmall's")
                    .isPositive();
            assertThat(figures.stream().map(StepFigures::overrun).flatMap(Optional::stream).toList())
                    .as("steps over their budget of round trips (CheckoutStep):\n" + table)
                    .isEmpty();
        }
    }

    /** On the storefront, as on its pages: log in, add the Alipay account, type the texted code, approve in the app. */
    static void bindAlipay(HttpShopper liLei, SimulatedAlipay alipay) {
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

    private Map<CheckoutStep, Snapshot> checkOut(HttpShopper liLei, SimulatedAlipay alipay) {
        Map<CheckoutStep, Snapshot> steps = new EnumMap<>(CheckoutStep.class);
        measure(steps, CheckoutStep.PUT_CART_ITEM, () -> liLei.api("PUT", "/api/v1/cart/items/" + PRODUCT,
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
        return steps;
    }

    private <T> T measure(Map<CheckoutStep, Snapshot> steps, CheckoutStep step, Supplier<T> work) {
        Snapshot before = roundTrips.servingSnapshot();
        T answer = work.get();
        steps.put(step, roundTrips.servingSnapshot().minus(before));
        return answer;
    }
}
