package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.named;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The risk rules before a login: after many wrong passwords from one place across accounts (credential stuffing), even
 * the right password from there opens no session and the customer is told to contact customer service. The login
 * from another region that asks for the phone code is {@link LoginFromAnotherRegionTest}, behind a reverse proxy: every
 * browser here comes from 127.0.0.1, an address with no region. This class has its own store, as it blocks that
 * address.
 */
@BrowserFlowTest
class LoginRiskFlowTest {

    @Test
    void theRightPassword_fromWhereManyLoginsFailedAcrossAccounts_opensNoSession(Page page) {
        NewCustomer victim = NewCustomer.unique();
        NewCustomer other = NewCustomer.unique();
        Storefront.alreadyRegistered(page, victim);
        Storefront.alreadyRegistered(page, other);
        for (int attempt = 1; attempt <= 5; attempt++) {
            Storefront.tryToLogIn(page, victim.phone(), "stuffed-guess-" + attempt);
            Storefront.tryToLogIn(page, other.phone(), "stuffed-guess-" + attempt);
        }
        NewCustomer owner = NewCustomer.unique();
        Storefront.alreadyRegistered(page, owner);

        Storefront.tryToLogIn(page, owner.phone(), owner.password());

        assertThat(page.getByRole(AriaRole.ALERT)).hasText(
                "We held this login for a security check. Please contact customer service.");
        page.navigate("/account");
        assertThat(page.getByRole(AriaRole.HEADING, named("Log in"))).isVisible();
    }
}
