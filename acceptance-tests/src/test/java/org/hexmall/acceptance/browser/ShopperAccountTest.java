package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A shopper opens an account, logs in, finds the way to the payment methods, and logs out. */
@BrowserFlowTest
class ShopperAccountTest {

    @Test
    void aNewCustomerRegistersLogsInAndFindsPaymentMethodsUnderAccountAndSecurity(Page page) {
        NewCustomer customer = NewCustomer.unique();

        page.navigate("/");
        page.getByRole(AriaRole.LINK, namedExactly("Register")).click();
        page.getByLabel("Mobile number").fill(customer.phone());
        page.getByLabel("Name", exactly()).fill(customer.name());
        page.getByLabel("Password", exactly()).fill(customer.password());
        page.getByLabel("Repeat password").fill(customer.password());
        page.getByRole(AriaRole.BUTTON, named("Register")).click();

        assertThat(page).hasURL(Pattern.compile("/login"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your account is ready. Please log in.");

        page.getByLabel("Mobile number or email").fill(customer.phone());
        page.getByLabel("Password", exactly()).fill(customer.password());
        page.getByRole(AriaRole.BUTTON, named("Log in")).click();

        assertThat(page).hasURL(Pattern.compile("/account$"));
        assertThat(page.getByRole(AriaRole.HEADING, named("My account"))).isVisible();
        assertThat(page.getByText("Hello, " + customer.name() + ".")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("Log out"))).isVisible();

        page.getByRole(AriaRole.LINK, named("Account & security")).click();
        assertThat(page).hasURL(Pattern.compile("/account/security$"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Account & security"))).isVisible();

        page.getByRole(AriaRole.LINK, named("Payment methods")).click();
        assertThat(page).hasURL(Pattern.compile("/account/security/payment-methods$"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Payment methods"))).isVisible();
        assertThat(page.getByText("No wallet is bound to your account yet.")).isVisible();
    }

    @Test
    void registrationWithMistakesSaysWhatToFixNextToEachFieldAndKeepsWhatWasTyped(Page page) {
        page.navigate("/register");
        page.getByLabel("Mobile number").fill("12345");
        page.getByLabel("Name", exactly()).fill("Wang Fang");
        page.getByLabel("Password", exactly()).fill("short");
        page.getByLabel("Repeat password").fill("short");

        Response response = page.waitForResponse(answer -> answer.request().method().equals("POST"),
                () -> page.getByRole(AriaRole.BUTTON, named("Register")).click());

        assertEquals(422, response.status());
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Please correct the fields marked below.");
        assertThat(page.getByLabel("Mobile number")).hasAccessibleDescription(Pattern.compile("11-digit"));
        assertThat(page.getByLabel("Password", exactly())).hasAccessibleDescription(Pattern.compile("at least 8"));
        assertThat(page.getByLabel("Mobile number")).hasValue("12345");
        assertThat(page.getByLabel("Name", exactly())).hasValue("Wang Fang");
    }

    @Test
    void loggingOutLeadsHomeWhereLogInIsOfferedAgainAndMyAccountIsClosed(Page page) {
        Storefront.logIn(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);

        page.getByRole(AriaRole.BUTTON, namedExactly("Log out")).click();

        assertThat(page).hasURL(Pattern.compile("/$"));
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Log in"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("My account"))).not().isAttached();

        page.navigate("/account");
        assertThat(page).hasURL(Pattern.compile("/login"));
    }
}
