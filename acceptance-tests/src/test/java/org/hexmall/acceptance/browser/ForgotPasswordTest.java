package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.Browsers.anotherDevice;
import static org.hexmall.acceptance.browser.SimulatedPhone.masked;
import static org.hexmall.acceptance.browser.SimulatedPhone.notThe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * "Forgot password?" from the login page: a code by SMS to the account's mobile number, then a new password, after
 * which every device that was logged in is logged out. A number with no account gets the very same answer and no
 * text message, so the page tells no one who is a customer.
 */
@BrowserFlowTest
class ForgotPasswordTest {

    private static final String NEW_PASSWORD = "fresh-jasmine-42";
    private static final String WRONG = "The mobile number, email or password is not correct.";
    private static final String CODE_SENT = "If this number (%s) has a hexmall account, we have sent it a 6-digit"
            + " code by SMS. The code is valid for 5 minutes.";
    private static final String CHANGED = "Your password has been changed, and every device that was logged in to your"
            + " account has been logged out. Please log in with your new password.";

    @Test
    void aCustomerSetsANewPasswordWithTheCodeTheirPhoneGot_andIsLoggedOutEverywhere(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.register(page, customer);
        try (BrowserContext elsewhere = anotherDevice(page)) {
            Page otherDevice = elsewhere.newPage();
            Storefront.alreadyLoggedIn(otherDevice, customer.phone(), customer.password());

            askForCode(page, customer.phone());
            assertThat(page.getByRole(AriaRole.STATUS)).hasText(CODE_SENT.formatted(masked(customer.phone())));
            String code = SimulatedPhone.beside(page, customer.phone()).latestCode();

            setNewPassword(page, notThe(code), NEW_PASSWORD);
            assertThat(page.getByRole(AriaRole.ALERT)).hasText("The code is not correct. You can try 4 more time(s).");
            setNewPassword(page, code, NEW_PASSWORD);

            assertThat(page).hasURL(Pattern.compile("/login"));
            assertThat(page.getByRole(AriaRole.STATUS)).hasText(CHANGED);
            otherDevice.navigate("/account");
            assertThat(otherDevice).hasURL(Pattern.compile("/login"));
            assertThat(otherDevice.getByRole(AriaRole.HEADING, named("Log in"))).isVisible();
        }
        Storefront.tryToLogIn(page, customer.phone(), customer.password());
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(WRONG);
        Storefront.logIn(page, customer.phone(), NEW_PASSWORD);
    }

    @Test
    void aNewPasswordFollowsTheRulesOfRegistration(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        askForCode(page, customer.phone());
        String code = SimulatedPhone.beside(page, customer.phone()).latestCode();

        setNewPassword(page, code, "12345678");

        assertThat(page.getByLabel("New password", exactly()))
                .hasAccessibleDescription(Pattern.compile("common", Pattern.CASE_INSENSITIVE));
        setNewPassword(page, code, NEW_PASSWORD);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(CHANGED);
    }

    @Test
    void aNumberWithNoAccountGetsTheSameAnswerButNoText(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        askForCode(page, customer.phone());
        String answerForACustomer = page.locator("main").innerText().replace(masked(customer.phone()), "NUMBER");

        String nobody = NewCustomer.unique().phone();
        askForCode(page, nobody);

        assertThat(page.getByRole(AriaRole.HEADING, named("Set a new password"))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(CODE_SENT.formatted(masked(nobody)));
        assertEquals(answerForACustomer, page.locator("main").innerText().replace(masked(nobody), "NUMBER"));
        assertThat(SimulatedPhone.beside(page, nobody).screen().getByText("No messages yet.")).isVisible();
    }

    @Test
    void aCodeOnlyWorksForTheNumberItWasSentTo_evenWhenTheFormIsChangedToNameAnother(Page page) {
        NewCustomer customer = NewCustomer.unique();
        NewCustomer victim = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyRegistered(page, victim);
        askForCode(page, customer.phone());
        String code = SimulatedPhone.beside(page, customer.phone()).latestCode();

        page.locator("form:has(#code) input[name=phone]").evaluate("field => field.value = '" + victim.phone() + "'");
        setNewPassword(page, code, NEW_PASSWORD);

        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("This code is no longer valid: a code works once, for 5 minutes. Ask for a new code below.");
        Storefront.logIn(page, victim.phone(), victim.password());
    }

    @Test
    void aNumberThatIsNoneOrNoNumberAtAll_isAnsweredWithWhatToFix(Page page) {
        page.navigate("/forgot-password");
        page.getByLabel("Mobile number").fill("12345");
        page.getByRole(AriaRole.BUTTON, namedExactly("Send code")).click();

        assertThat(page.getByLabel("Mobile number")).hasAccessibleDescription("Enter an 11-digit mainland mobile number,"
                + " for example 139 0000 0034: this one has 5 digits.");
        for (String address : new String[] {"/forgot-password/code", "/forgot-password/code?phone=not-a-number"}) {
            page.navigate(address);
            assertThat(page.getByRole(AriaRole.HEADING, named("Forgot your password?"))).isVisible();
        }
    }

    /** From the login page, as a customer who forgot their password starts. */
    private static void askForCode(Page page, String phone) {
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, namedExactly("Forgot password?")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Forgot your password?"))).isVisible();
        page.getByLabel("Mobile number").fill(phone);
        page.getByRole(AriaRole.BUTTON, namedExactly("Send code")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Set a new password"))).isVisible();
        // The page's text as laid out depends on its style sheet: compare pages only once it has loaded.
        page.waitForLoadState(LoadState.LOAD);
    }

    private static void setNewPassword(Page page, String code, String password) {
        page.getByLabel("Verification code").fill(code);
        page.getByLabel("New password", exactly()).fill(password);
        page.getByLabel("Repeat new password").fill(password);
        page.getByRole(AriaRole.BUTTON, namedExactly("Change password")).click();
    }
}
