package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What a customer-service agent does in the console on the way to what a test is about. */
final class SupportConsole {

    /** The demo agent every fresh hexmall starts with. */
    static final String AGENT = "agent";
    static final String AGENT_PASSWORD = "agent-pass-1";

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
}
