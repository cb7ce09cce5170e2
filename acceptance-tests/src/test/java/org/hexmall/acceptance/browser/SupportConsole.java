package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactlyWithin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a customer-service agent does in the console on the way to what a test is about: step by step as on the pages
 * ({@code logIn}, {@code openCustomer}, {@code openOrder}), or, for what is already the case before the test begins
 * ({@code alreadyLoggedIn}, {@code onCustomerPage}, {@code onOrderPage}), with the console's forms and search sent
 * over HTTP and only the page the test is about loaded.
 */
final class SupportConsole {

    /** The demo agent every fresh hexmall starts with. */
    static final String AGENT = "agent";
    static final String AGENT_PASSWORD = "agent-pass-1";
    /** The demo supervisor, who may also approve and manage. */
    static final String SUPERVISOR = "supervisor";
    static final String SUPERVISOR_PASSWORD = "supervisor-pass-1";
    /** The end of a time as the console shows it, "2026-11-22 10:01:00". */
    private static final String TIME = "\\d{2}:\\d{2}:\\d{2}";

    private SupportConsole() {
    }

    /** Submits the console's log-in form; leaves checking the outcome to the test. */
    static void logIn(Page page, String username, String password) {
        page.navigate("/admin/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", exactly()).fill(password);
        page.getByRole(AriaRole.BUTTON, namedExactly("Log in")).click();
    }

    /** Already the case: the browser is logged in to the console, by the log-in form sent over HTTP. */
    static void alreadyLoggedIn(Page page, String username, String password) {
        String step = "Logging in to the console as " + username;
        HttpForms.Form form = HttpForms.form(HttpForms.get(page, "/admin/login", step), "/admin/login"::equals, step);
        HttpForms.assertRedirectsTo(HttpForms.sendWithoutFollowing(page, form,
                Map.of("username", username, "password", password)), "/admin", step);
    }

    /** Already the case: logged in as {@link #alreadyLoggedIn} does it, and on the console's dashboard. */
    static void alreadyLoggedInOnTheConsole(Page page, String username, String password) {
        alreadyLoggedIn(page, username, password);
        page.navigate("/admin");
        assertThat(page.locator("#signed-in-agent")).isVisible();
    }

    /**
     * Already the case: the demo agent is logged in and has found the customer, whose page is the one page loaded.
     */
    static void onCustomerPage(Page page, String search, String name) {
        alreadyLoggedIn(page, AGENT, AGENT_PASSWORD);
        String step = "Finding " + name + " by " + search + " in the console";
        page.navigate(HttpForms.link(HttpForms.get(page, "/admin/customers?q="
                + URLEncoder.encode(search, StandardCharsets.UTF_8), step), name, step));
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly(name))).isVisible();
    }

    /**
     * Already the case: the demo agent is logged in and has searched for the order number, which leads straight to
     * the order's page, the one page loaded.
     */
    static void onOrderPage(Page page, String orderNumber) {
        onOrderPage(page, AGENT, AGENT_PASSWORD, orderNumber);
    }

    /** Already the case: as {@link #onOrderPage(Page, String)}, for another member of the team. */
    static void onOrderPage(Page page, String username, String password, String orderNumber) {
        alreadyLoggedIn(page, username, password);
        page.navigate("/admin/customers?q=" + URLEncoder.encode(orderNumber, StandardCharsets.UTF_8));
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Order " + orderNumber))).isVisible();
    }

    /** Logs in as the demo agent, finds the customer and opens their page. */
    static void openCustomer(Page page, String search, String name) {
        logIn(page, AGENT, AGENT_PASSWORD);
        page.getByLabel("Find a customer").fill(search);
        page.getByRole(AriaRole.BUTTON, named("Search")).click();
        page.getByRole(AriaRole.LINK, namedExactly(name)).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly(name))).isVisible();
    }

    /** The section about one of the customer's wallet bindings, named by its heading: "Alipay 138****0001 Active". */
    static Locator binding(Page page, String heading) {
        return page.getByRole(AriaRole.REGION, named(heading));
    }

    /**
     * Logs in as the demo agent and finds the order by the number a caller reads out, which leads straight to the
     * order's page: "Order 2611 2204 5584".
     */
    static void openOrder(Page page, String orderNumber) {
        logIn(page, AGENT, AGENT_PASSWORD);
        page.getByLabel("Find a customer").fill(orderNumber);
        page.getByRole(AriaRole.BUTTON, named("Search")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Order " + orderNumber))).isVisible();
    }

    /** The section about one payment of the order, named by its heading: "Payment 1 Alipay ¥398.00 Failed". */
    static Locator payment(Page page, String heading) {
        return page.getByRole(AriaRole.REGION, namedExactly(heading));
    }

    /**
     * Checks the payment's "Attempt timeline": exactly these entries, oldest first, each after its time (or its
     * times, for one note that came several times in a row: "Wrong payment password entered ×2").
     */
    static void assertTimeline(Locator payment, String... whatHappened) {
        Pattern[] rows = new Pattern[whatHappened.length];
        for (int i = 0; i < whatHappened.length; i++) {
            rows[i] = Pattern.compile(TIME + "\\s*" + AccessibleNames.literally(whatHappened[i]) + "\\s*$");
        }
        assertThat(dataRows(payment.getByRole(AriaRole.TABLE, namedExactlyWithin("Attempt timeline")))).hasText(rows);
    }
}
