package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A customer who lost their phone calls customer service: the agent freezes the account, and the session the phone
 * still has open ends at once; when the phone turns up, the agent unfreezes the account and the customer logs in.
 */
@BrowserFlowTest
class AccountFreezeConsoleTest {

    @Test
    void freezingEndsTheCustomersOpenSessionAndUnfreezingLetsThemBackIn(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());

        SupportConsole.onCustomerPage(page, customer.phone(), customer.name());
        page.getByRole(AriaRole.BUTTON, namedExactly("Freeze the account")).click();
        assertThat(page.getByLabel("Reason for freezing the account"))
                .hasAccessibleDescription("Say why: the reason goes into the audit log.");
        // The page shown again with the reason to fix is the whole page, the customer's devices and alerts included.
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Login devices"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Risk alerts"))).isVisible();
        page.getByLabel("Reason for freezing the account").fill("Customer called: phone lost");
        page.getByRole(AriaRole.BUTTON, namedExactly("Freeze the account")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The account is frozen");
        assertThat(page.getByText("Frozen", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Audit log")))).containsText(new String[] {
                SupportConsole.AGENT + " Froze the account Customer called: phone lost"});

        page.navigate("/account");
        assertThat(page).hasURL(Pattern.compile("/login"));
        Storefront.tryToLogIn(page, customer.phone(), customer.password());
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("This account is frozen.");
        page.getByRole(AriaRole.LINK, namedExactly("Unfreeze my account")).click();
        page.getByLabel("Mobile number of the account").fill(customer.phone());
        page.getByLabel("Login password").fill(customer.password());
        page.getByRole(AriaRole.BUTTON, namedExactly("Continue")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Customer service froze this account to protect it, so only "
                + "they can unfreeze it. Please contact customer service.");

        SupportConsole.onCustomerPage(page, customer.phone(), customer.name());
        page.getByLabel("Reason for unfreezing the account").fill("The phone was found");
        page.getByRole(AriaRole.BUTTON, namedExactly("Unfreeze the account")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The account is unfrozen");

        Storefront.logIn(page, customer.phone(), customer.password());
    }
}
