package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A customer-service agent finds the customer they are helping; customers cannot get in. */
@BrowserFlowTest
class CustomerServiceConsoleTest {

    @Test
    void anAgentFindsANewCustomerByPhoneAndSeesTheirWrongAndSuccessfulLogins(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.tryToLogIn(page, customer.phone(), "not-my-password");
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        Storefront.logIn(page, customer.phone(), customer.password());
        page.getByRole(AriaRole.BUTTON, namedExactly("Log out")).click();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Log in"))).isVisible();

        SupportConsole.logIn(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/admin$"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Customer service console"))).isVisible();

        page.getByLabel("Find a customer").fill(customer.phone());
        page.getByRole(AriaRole.BUTTON, named("Search")).click();
        page.getByRole(AriaRole.LINK, namedExactly(customer.name())).click();

        assertThat(page).hasURL(Pattern.compile("/admin/customers/[^/]+$"));
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly(customer.name()))).isVisible();
        assertThat(page.getByText(customer.phone(), new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText("Active", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText("Registered", new Page.GetByTextOptions().setExact(true))).isVisible();

        Locator logins = page.getByRole(AriaRole.TABLE, named("Recent logins"));
        assertThat(logins.getByRole(AriaRole.COLUMNHEADER)).hasText(new String[] {"Time", "Result", "Client address"});
        assertThat(rowsSaying(logins, "Wrong password")).hasCount(1);
        assertThat(rowsSaying(logins, "Succeeded")).hasCount(1);
    }

    @Test
    void aCustomersMobileNumberAndPasswordDoNotOpenTheConsole(Page page) {
        SupportConsole.logIn(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("The username or password is not correct.");
        assertThat(page).hasURL(Pattern.compile("/admin/login"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Customer service console"))).not().isAttached();
    }

    @Test
    void aLoggedInCustomerWhoOpensTheConsoleIsAskedForAnAgentLogin(Page page) {
        Storefront.logIn(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);

        page.navigate("/admin");

        assertThat(page).hasURL(Pattern.compile("/admin/login"));
        assertThat(page.getByLabel("Username")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("Customer service console"))).not().isAttached();
    }

    private static Locator rowsSaying(Locator table, String result) {
        return table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHas(table.page().getByRole(AriaRole.CELL, namedExactly(result))));
    }
}
