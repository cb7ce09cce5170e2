package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Someone guessing a customer's password gets five tries, then the login is locked for a while; a number with no
 * account behind it is answered and locked the same way, so the answers never tell who has an account. A customer
 * who locked themselves out calls customer service, as the message says, and an agent clears the lock, which both
 * see among the account's security events.
 *
 * <p>Every test of the class fails its logins from the same address, so together they would fire the rule against
 * many failed logins from one address (which counts numbers with no account too) and hold the customer's right
 * password for a proof; that rule is {@link LoginRiskFlowTest}'s subject, and here it stays out of the way.
 */
@BrowserFlowTest
@WithLoginRisk(failedLoginsFromAddress = 1_000)
class LoginLockoutTest {

    private static final String WRONG = "The mobile number, email or password is not correct.";
    private static final Pattern LOCKED_FOR_15_MINUTES = Pattern.compile("locked.*15 minutes");

    @Test
    void fiveWrongPasswordsInARowLockTheAccountEvenAgainstTheRightPassword(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Locator problem = page.getByRole(AriaRole.ALERT);

        for (int attempt = 1; attempt <= 4; attempt++) {
            Storefront.tryToLogIn(page, customer.phone(), "wrong-guess-" + attempt);
            assertThat(problem).hasText(WRONG);
        }

        Storefront.tryToLogIn(page, customer.phone(), "wrong-guess-5");
        assertThat(problem).containsText(LOCKED_FOR_15_MINUTES);

        Storefront.tryToLogIn(page, customer.phone(), customer.password());
        assertThat(problem).containsText(LOCKED_FOR_15_MINUTES);
        assertThat(page).hasURL(Pattern.compile("/login"));
    }

    @Test
    void aNumberWithNoAccountIsAnsweredAndLockedExactlyAlike(Page page) {
        NewCustomer nobody = NewCustomer.unique();
        Locator problem = page.getByRole(AriaRole.ALERT);

        for (int attempt = 1; attempt <= 4; attempt++) {
            Storefront.tryToLogIn(page, nobody.phone(), "wrong-guess-" + attempt);
            assertThat(problem).hasText(WRONG);
        }

        Storefront.tryToLogIn(page, nobody.phone(), "wrong-guess-5");
        assertThat(problem).containsText(LOCKED_FOR_15_MINUTES);
        assertThat(page).hasURL(Pattern.compile("/login"));
    }

    @Test
    void customerServiceClearsALockGivingAReasonAndTheCustomerLogsInAtOnce(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        for (int attempt = 1; attempt <= 5; attempt++) {
            Storefront.tryToLogIn(page, customer.phone(), "wrong-guess-" + attempt);
        }
        assertThat(page.getByRole(AriaRole.ALERT)).containsText(LOCKED_FOR_15_MINUTES);

        SupportConsole.onCustomerPage(page, customer.phone(), customer.name());
        assertThat(page.getByText(Pattern.compile("Locked after too many wrong passwords, until"))).isVisible();
        page.getByRole(AriaRole.BUTTON, namedExactly("Clear the lock")).click();
        assertThat(page.getByLabel("Reason for clearing the lock"))
                .hasAccessibleDescription("Say why: the reason goes into the audit log.");

        page.getByLabel("Reason for clearing the lock").fill("Caller confirmed identity by phone");
        page.getByRole(AriaRole.BUTTON, namedExactly("Clear the lock")).click();

        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("The login lock is cleared, and your action is in the audit log.");
        assertThat(page.getByText("Not locked")).isVisible();
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Audit log")))).containsText(new String[] {
                SupportConsole.AGENT + " Cleared the login lock Caller confirmed identity by phone"});
        Locator events = dataRows(page.getByRole(AriaRole.TABLE, named("Security events")));
        assertThat(events.filter(having("Login lock cleared by customer service")))
                .containsText(Pattern.compile("Login lock cleared by customer service\\s*Agent"));
        assertThat(events.filter(having("Login locked after too many wrong passwords"))).hasCount(1);

        Storefront.logIn(page, customer.phone(), customer.password());
        page.navigate("/account/activity");
        Locator activity = dataRows(page.getByRole(AriaRole.TABLE, named("Account activity")));
        assertThat(activity.filter(having("Login lock cleared by customer service")))
                .containsText(Pattern.compile("Login lock cleared by customer service\\s*Customer service"));
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("账户动态"))).filter(having("客服已解除登录锁定")))
                .containsText(Pattern.compile("客服已解除登录锁定\\s*客服"));
    }

    private static Locator.FilterOptions having(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }
}
