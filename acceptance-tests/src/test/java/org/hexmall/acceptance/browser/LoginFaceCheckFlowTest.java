package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A login the risk rules flag for the stronger proof: here, after wrong passwords for another account from the same
 * place. The right password opens no session yet; the page asks for a face check, with an SMS code instead. The
 * customer's face logs them in; a face that is not theirs sends them back to the login, not logged in; a camera that
 * cannot be used leads to the code by SMS, which logs them in.
 */
@BrowserFlowTest
@WithLoginRisk(failedLoginsFromAddress = 3, blockScore = 150)
class LoginFaceCheckFlowTest {

    @Test
    void theFaceCheckSaysItIsTheCustomer_andLogsThemIn(Page page) {
        customerAskedForAFaceCheck(page);

        page.getByLabel("Trust this device").check();
        page.getByRole(AriaRole.BUTTON, namedExactly("Verify with a face check")).click();
        page.getByRole(AriaRole.BUTTON, namedExactly("Simulate: it is me")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("My account"))).isVisible();
    }

    @Test
    void aFaceThatIsNotTheCustomers_isRefused_andOpensNoSession(Page page) {
        customerAskedForAFaceCheck(page);

        page.getByRole(AriaRole.BUTTON, namedExactly("Verify with a face check")).click();
        page.getByRole(AriaRole.BUTTON, namedExactly("Simulate: not me")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("The face check could not confirm that it is you, so you "
                + "are not logged in. Log in again to try once more, or contact customer service.");
        page.navigate("/account");
        assertThat(page.getByRole(AriaRole.HEADING, named("Log in"))).isVisible();
    }

    @Test
    void whenTheCameraCannotBeUsed_anSmsCodeInstead_logsThemIn(Page page) {
        NewCustomer customer = customerAskedForAFaceCheck(page);

        page.getByRole(AriaRole.BUTTON, namedExactly("Verify with a face check")).click();
        page.getByRole(AriaRole.BUTTON, namedExactly("Simulate: camera unavailable")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Your camera could not be used for the face check. Use an"
                + " SMS code instead, or try again once the camera works.");
        page.getByRole(AriaRole.BUTTON, namedExactly("Use an SMS code instead")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("We have sent a 6-digit code to "
                + SimulatedPhone.masked(customer.phone()));
        page.getByLabel("Verification code", exactly())
                .fill(SimulatedPhone.beside(page, customer.phone()).latestCode());
        page.getByRole(AriaRole.BUTTON, named("Confirm and log in")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("My account"))).isVisible();
    }

    /**
     * Registers a customer, then fails three logins of another account from the same browser, then types the
     * customer's right password: it ends on the page that offers the face check, no code sent yet.
     */
    private static NewCustomer customerAskedForAFaceCheck(Page page) {
        NewCustomer customer = NewCustomer.unique();
        NewCustomer other = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyRegistered(page, other);
        for (int attempt = 1; attempt <= 3; attempt++) {
            Storefront.tryToLogIn(page, other.phone(), "guess-" + attempt);
            assertThat(page.getByRole(AriaRole.HEADING, named("Log in"))).isVisible();
        }

        Storefront.tryToLogIn(page, customer.phone(), customer.password());

        assertThat(page.getByRole(AriaRole.HEADING, named("Confirm it is you"))).isVisible();
        assertThat(page.getByText("You are logging in from somewhere unusual for this account. To keep it safe, "
                + "confirm it is you with a face check: you look at your camera for a moment.")).isVisible();
        assertThat(SimulatedPhone.beside(page, customer.phone()).messages()).hasCount(0);
        return customer;
    }
}
