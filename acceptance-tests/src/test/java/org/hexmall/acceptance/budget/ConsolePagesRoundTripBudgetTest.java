package org.hexmall.acceptance.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hexmall.acceptance.http.HttpShopper;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.CaseNote;
import org.hexmall.domain.support.ContactChannel;
import org.junit.jupiter.api.Test;

/**
 * A regression guard on what the console's busiest pages cost the database, counted like
 * {@link ShopPagesRoundTripBudgetTest}: the customer page, a page of the customer's timeline (the same however deep
 * into a long history the agent pages) and the dashboard. 李雷, a demo customer, has 60 case notes, so that his
 * timeline runs to several pages. Each figure is the median of five visits after two to warm up, and includes what
 * every console request reads (the agent's session, the agent, the count of open alerts in the header).
 */
class ConsolePagesRoundTripBudgetTest {

    private static final String PHONE = "13800000001";
    private static final int WARM_UP_VISITS = 2;
    private static final int MEASURED_VISITS = 5;

    /*
     * The budgets are what each page read when this test was written. The customer page (22, counted as the request
     * that serves it; its budget was 24 before) reads the first page of
     * the timeline as the timeline's own pages do (its count and its page), paid for by the coupon shelves and the
     * points ledger, which count their entries only when a page is full; a page of the timeline reads the customer,
     * the count of the kinds shown and the page itself, besides the 5 of every console request; the dashboard reads which of its
     * days were counted before, for its payments and for its binding funnel, besides its six figures. Lower one when its page gets cheaper; raise one only with a
     * reason.
     */
    private static final int CUSTOMER_PAGE_BUDGET = 22;
    private static final int TIMELINE_PAGE_BUDGET = 8;
    private static final int DASHBOARD_BUDGET = 13;

    private final RoundTripCounter roundTrips = new RoundTripCounter();

    @Test
    void theCustomerPage_aPageOfTheTimelineAtAnyDepth_andTheDashboard_keepWithinTheirBudgets() {
        HexmallConfig config = HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:console-pages-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (HexmallApplication hexmall = HexmallApplication.start(config, Clock.systemUTC(), roundTrips)) {
            CustomerId liLei = hexmall.storage().customers().findByPhone(new PhoneNumber(PHONE)).orElseThrow().id();
            Instant now = Instant.now();
            for (int i = 0; i < 60; i++) {
                hexmall.storage().caseNotes().add(new CaseNote(liLei, now.minusSeconds(60L * i),
                        new AgentId(UUID.randomUUID()), "agent", ContactChannel.PHONE, "Called about order " + i));
            }
            var agent = new HttpShopper(URI.create(hexmall.baseUrl()));
            agent.submit("/admin/login", Map.of("username", "agent", "password", "agent-pass-1"));
            String customerPath = "/admin/customers/" + liLei;

            long customerPage = median(() -> agent.page(customerPath), "Called about order 0");
            long firstTimelinePage = median(() -> agent.page(customerPath + "/timeline"), "Called about order 0");
            long thirdTimelinePage = median(() -> agent.page(customerPath + "/timeline?page=3"),
                    "Page 3 of");
            long dashboard = median(() -> agent.page("/admin"), "Payments per wallet per day");
            System.out.println("Database round trips of hexmall per console page: customer page " + customerPage
                    + ", timeline page 1 " + firstTimelinePage + ", timeline page 3 " + thirdTimelinePage
                    + ", dashboard " + dashboard);

            assertThat(customerPage).as("the customer page").isLessThanOrEqualTo(CUSTOMER_PAGE_BUDGET);
            assertThat(firstTimelinePage).as("the timeline's first page").isLessThanOrEqualTo(TIMELINE_PAGE_BUDGET);
            assertThat(thirdTimelinePage).as("a later page of the timeline costs what the first does")
                    .isEqualTo(firstTimelinePage);
            assertThat(dashboard).as("the dashboard").isLessThanOrEqualTo(DASHBOARD_BUDGET);
        }
    }

    /** The median of the round trips of the measured visits; each visit's page must say {@code expected}. */
    private long median(Supplier<String> visit, String expected) {
        List<Long> counted = new ArrayList<>();
        for (int each = 0; each < WARM_UP_VISITS + MEASURED_VISITS; each++) {
            RoundTripCounter.Snapshot before = roundTrips.servingSnapshot();
            String page = visit.get();
            long trips = roundTrips.servingSnapshot().minus(before).hexmall().total();
            assertThat(page).contains(expected);
            if (each >= WARM_UP_VISITS) {
                counted.add(trips);
            }
        }
        return counted.stream().sorted().toList().get(counted.size() / 2);
    }
}
