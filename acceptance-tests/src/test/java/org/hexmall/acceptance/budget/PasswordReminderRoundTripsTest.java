package org.hexmall.acceptance.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hexmall.acceptance.browser.MovableClock;
import org.hexmall.acceptance.http.HttpShopper;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter.RoundTrips;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.junit.jupiter.api.Test;

/**
 * What the password banner costs the database: every shop page a signed-in customer opens asks whether to show it,
 * so it must take one statement, and no transaction, on top of what the same page costs a visitor who is not signed
 * in, besides the one statement that counts the items on the header's Cart link (a visitor's cart has none to count). Counted with a {@link RoundTripCounter} on hexmall with its demo data on an in-memory H2 database, with the
 * banner hidden (a fresh password) and shown (the password half a year old).
 */
class PasswordReminderRoundTripsTest {

    private static final String PHONE = "13800000001";
    private static final String PASSWORD = "demo-pass-1";
    private static final String BANNER = "password-reminder";
    /** The shop's front page, which a visitor and a signed-in customer see alike but for the banner. */
    private static final String PAGE = "/";
    /** Whether to show the banner: one look-up. */
    private static final int BANNER_STATEMENTS = 1;
    /** The signed-in customer's item count on the Cart link: one sum over their cart. */
    private static final int CART_COUNT_STATEMENTS = 1;

    private final RoundTripCounter roundTrips = new RoundTripCounter();

    @Test
    void theBanner_costsASignedInCustomerOneStatementAPage_besideTheCartCount_whetherItShowsOrNot() {
        var clock = new MovableClock();
        HexmallConfig config = HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:reminder-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (HexmallApplication hexmall = HexmallApplication.start(config, clock, roundTrips)) {
            URI store = URI.create(hexmall.baseUrl());
            var visitor = new HttpShopper(store);
            var liLei = new HttpShopper(store);
            liLei.submit("/login", Map.of("login", PHONE, "password", PASSWORD));

            RoundTrips visitorsPage = steadyCostOf(() -> visitor.page(PAGE), false);
            RoundTrips withoutBanner = steadyCostOf(() -> liLei.page(PAGE), false);
            assertThat(withoutBanner.minus(visitorsPage))
                    .as("what a signed-in customer's page costs more than a visitor's, with a fresh password")
                    .isEqualTo(new RoundTrips(BANNER_STATEMENTS + CART_COUNT_STATEMENTS, 0, 0, 0, 0));

            clock.moveOn(Duration.ofDays(181));
            liLei.submit("/login", Map.of("login", PHONE, "password", PASSWORD));
            RoundTrips withBanner = steadyCostOf(() -> liLei.page(PAGE), true);
            assertThat(withBanner.minus(steadyCostOf(() -> visitor.page(PAGE), false)))
                    .as("what a signed-in customer's page costs more than a visitor's, with the banner shown")
                    .isEqualTo(new RoundTrips(BANNER_STATEMENTS + CART_COUNT_STATEMENTS, 0, 0, 0, 0));
        }
    }

    /**
     * The round trips of the page's second opening: the first may start or touch the session, which a customer
     * browsing from page to page does once in a while, not on every page.
     */
    private RoundTrips steadyCostOf(Supplier<String> openPage, boolean bannerShown) {
        openPage.get();
        RoundTrips before = roundTrips.servingSnapshot().hexmall();
        String page = openPage.get();
        RoundTrips cost = roundTrips.servingSnapshot().hexmall().minus(before);
        assertThat(page.contains(BANNER)).as("the password banner on the page").isEqualTo(bannerShown);
        return cost;
    }
}
