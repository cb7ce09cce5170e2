package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A customer who logs in from Beijing, then from Shanghai: the region rule asks the second login for the code sent to
 * the account's phone, even on the device the account trusts, and the customer goes on with it; customer service finds
 * the alert in the queue with the rule's reason and how it ended. The store sits behind a reverse proxy here, so the
 * browser's {@code X-Forwarded-For} says where it is (the demo's address table: 192.0.2.x is Beijing, 198.51.100.x
 * Shanghai).
 */
@BrowserFlowTest
@BehindAReverseProxy
class LoginFromAnotherRegionTest {

    private static final String BEIJING = "192.0.2.10";
    private static final String SHANGHAI = "198.51.100.7";

    @Test
    void aLoginFromAnotherRegion_asksForThePhoneCode_andTheAgentSeesTheAlert(Page page) {
        NewCustomer customer = NewCustomer.unique();
        String maskedPhone = SimulatedPhone.masked(customer.phone());
        Storefront.alreadyRegistered(page, customer);
        comingFrom(page, BEIJING);
        Storefront.logIn(page, customer.phone(), customer.password());
        page.navigate("/account/activity");
        assertThat(dataRows(page.getByRole(AriaRole.TABLE)).first()).containsText(BEIJING);
        Storefront.logOut(page);

        comingFrom(page, SHANGHAI);
        Storefront.tryToLogIn(page, customer.phone(), customer.password());

        assertThat(page.getByRole(AriaRole.HEADING, named("Confirm it is you"))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("We have sent a 6-digit code to " + maskedPhone
                + ". It is valid for 5 minutes.");
        page.getByLabel("Verification code", exactly())
                .fill(SimulatedPhone.beside(page, customer.phone()).latestCode());
        page.getByRole(AriaRole.BUTTON, named("Confirm and log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("My account"))).isVisible();
        page.navigate("/account/activity");
        assertThat(dataRows(page.getByRole(AriaRole.TABLE)).first()).containsText(SHANGHAI);
        Storefront.logOut(page);

        SupportConsole.alreadyLoggedIn(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);
        page.navigate("/admin/alerts");
        Locator alert = dataRows(page.getByRole(AriaRole.TABLE)).filter(new Locator.FilterOptions()
                .setHasText(customer.name()));
        assertThat(alert).containsText("Login from another region");
        assertThat(alert).containsText("Login from " + SHANGHAI);
        alert.getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Alert on " + customer.name() + "'s account")))
                .isVisible();
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Why the rules fired")))).hasText(Pattern.compile(
                "Login from another region\\s*A login from Shanghai, while the account’s recent logins came from "
                        + "Beijing\\.\\s*40"));
        assertThat(page.getByText("Verified: the customer passed the check and went on")).isVisible();
    }

    @Test
    void aWalletBoundAndUnboundThroughTheProxy_namesTheCustomersAddress_notTheProxys(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        SimulatedWallets.accountAlreadyOpen(page, "Alipay", customer.phone(), customer.name(), "100.00", "864209");
        comingFrom(page, BEIJING);
        Storefront.logIn(page, customer.phone(), customer.password());

        PaymentMethods.bind(page, "Alipay", customer.phone(), SimulatedPhone.beside(page, customer.phone()), "864209");
        PaymentMethods.unbind(page, "Alipay " + SimulatedPhone.masked(customer.phone()));

        page.navigate("/account/activity");
        Locator rows = dataRows(page.getByRole(AriaRole.TABLE));
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Wallet bound"))).containsText(BEIJING);
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Wallet unbound"))).containsText(BEIJING);
    }

    /** From now on the page's requests reach the store through the proxy, for a client at {@code address}. */
    private static void comingFrom(Page page, String address) {
        page.setExtraHTTPHeaders(Map.of("X-Forwarded-For", address));
    }
}
