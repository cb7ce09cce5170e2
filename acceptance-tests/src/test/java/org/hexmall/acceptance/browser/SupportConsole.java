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
import java.util.regex.Pattern;

/** What a customer-service agent does in the console on the way to what a test is about. */
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
