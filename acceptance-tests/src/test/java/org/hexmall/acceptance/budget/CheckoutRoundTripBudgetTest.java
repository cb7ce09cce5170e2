package org.hexmall.acceptance.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hexmall.acceptance.budget.LiLeisCheckouts.Checkout;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter;
import org.hexmall.bootstrap.HexmallApplication;
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
 * ({@link LiLeisCheckouts} says why he pays on the wallet's page himself.)
 * <p>
 * The first checkouts warm up (they may load what later ones find ready); the figures are the median of the
 * checkouts after them. Each step, and the whole checkout, must stay within its budget ({@link CheckoutStep}).
 */
class CheckoutRoundTripBudgetTest {

    /** ¥19.80: 李雷's ¥5,000.00 at the simulated Alipay pays for every checkout here. */
    private static final String PRODUCT = "BOOK-0004";
    private static final int WARM_UP_CHECKOUTS = 2;
    private static final int MEASURED_CHECKOUTS = 5;

    private final RoundTripCounter roundTrips = new RoundTripCounter();

    @Test
    void everyStepOfACheckout_staysWithinItsBudgetOfDatabaseRoundTrips() {
        try (HexmallApplication hexmall = HexmallApplication.start(LiLeisCheckouts.storeOnH2("budget"),
                Clock.systemUTC(), roundTrips)) {
            List<Checkout> checkouts = LiLeisCheckouts.in(hexmall, roundTrips)
                    .checkOut(PRODUCT, WARM_UP_CHECKOUTS + MEASURED_CHECKOUTS);
            List<StepFigures> figures = StepFigures.of(
                    LiLeisCheckouts.steps(checkouts.subList(WARM_UP_CHECKOUTS, checkouts.size())));
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
}
