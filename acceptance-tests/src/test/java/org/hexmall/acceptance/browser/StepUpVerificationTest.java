package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.literally;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.Browsers.anotherDevice;
import static org.hexmall.acceptance.browser.SimulatedPhone.masked;
import static org.hexmall.acceptance.browser.SimulatedPhone.notThe;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Sensitive actions ask the customer to prove it is them once more: a code by SMS to the account's phone, or the
 * simulated face check. Account &amp; security → "Change password" and "Change phone number" use it, as does
 * unfreezing one's own account; every failure of the face check has its own message and way on. Both changes log
 * out every other device and show in the customer's activity and the agent's console.
 */
@Order(2)
@BrowserFlowTest
class StepUpVerificationTest {

    private static final String NEW_PASSWORD = "quiet-harbour-58";
    private static final String WRONG_LOGIN = "The mobile number, email or password is not correct.";

    @Test
    void aCustomerChangesTheirPasswordAfterAnSmsCode_theOldOneNoLongerWorks_andTheirOtherDeviceIsLoggedOut(
            Page page) {
        NewCustomer customer = Storefront.signedUpAndLoggedIn(page);
        try (BrowserContext elsewhere = anotherDevice(page)) {
            Page otherDevice = elsewhere.newPage();
            Storefront.alreadyLoggedIn(otherDevice, customer.phone(), customer.password());

            page.navigate("/account/security");
            page.getByRole(AriaRole.LINK, namedExactly("Change password")).click();
            assertThat(page.getByText("First prove it is you")).isVisible();
            page.getByRole(AriaRole.BUTTON, namedExactly("Send me a code by SMS")).click();

            assertThat(page.getByRole(AriaRole.HEADING, named("Verify it is you"))).isVisible();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("We sent a 6-digit code by SMS to "
                    + masked(customer.phone()) + ". It is valid for 5 minutes.");
            String code = SimulatedPhone.beside(page, customer.phone()).latestCode();
            page.getByLabel("6-digit code").fill(notThe(code));
            page.getByRole(AriaRole.BUTTON, namedExactly("Verify")).click();
            assertThat(page.getByRole(AriaRole.ALERT))
                    .hasText("That is not the code we sent. You have 4 more tries.");
            page.getByLabel("6-digit code").fill(code);
            page.getByRole(AriaRole.BUTTON, namedExactly("Verify")).click();

            assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("You are verified"));
            assertThat(page.getByText("First prove it is you")).not().isAttached();
            assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("Send me a code by SMS"))).not().isAttached();
            page.getByLabel("Current login password").fill(customer.password());
            page.getByLabel("New password", exactly()).fill(NEW_PASSWORD);
            page.getByLabel("New password again").fill(NEW_PASSWORD);
            page.getByRole(AriaRole.BUTTON, namedExactly("Change password")).click();

            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your login password is changed. Every other device"
                    + " signed in to your account has been logged out.");
            // The change names the address it was made from, as the login does (this browser's is the loopback).
            page.navigate("/account/activity");
            assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Account activity")))
                    .filter(new Locator.FilterOptions().setHasText("Login password changed")))
                    .containsText(Pattern.compile("Login password changed\\s*You\\D*(127\\.0\\.0\\.1|[0:]+1)"));
            page.navigate("/account");
            assertThat(page.getByRole(AriaRole.HEADING, named("My account"))).isVisible();
            otherDevice.navigate("/account");
            assertThat(otherDevice).hasURL(Pattern.compile("/login"));
        }
        Storefront.logOut(page);
        Storefront.tryToLogIn(page, customer.phone(), customer.password());
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(WRONG_LOGIN);
        Storefront.logIn(page, customer.phone(), NEW_PASSWORD);
    }

    @Test
    void aForgottenPasswordsCodeAMomentAgo_isNotSaidToWorkForTheCheck_whileTheChecksOwnCodeIs(Page page,
                                                                                        MovableClock clock) {
        NewCustomer customer = Storefront.signedUpAndLoggedIn(page);
        try (BrowserContext elsewhere = anotherDevice(page)) {
            Page loginPage = elsewhere.newPage();
            loginPage.navigate("/forgot-password");
            loginPage.getByLabel("Mobile number").fill(customer.phone());
            loginPage.getByRole(AriaRole.BUTTON, namedExactly("Send code")).click();
            assertThat(loginPage.getByRole(AriaRole.HEADING, named("Set a new password"))).isVisible();
        }

        page.navigate("/account/security/password");
        page.getByRole(AriaRole.BUTTON, namedExactly("Send me a code by SMS")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("^No code has gone to "
                + literally(masked(customer.phone())) + " for this check yet: that phone received another code less"
                + " than a minute ago, and takes one a minute\\. Ask for a code below after \\d\\d:\\d\\d\\.$"));
        clock.moveOn(Duration.ofSeconds(61));
        page.getByRole(AriaRole.BUTTON, namedExactly("Send a new code")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("We sent a 6-digit code by SMS to "
                + masked(customer.phone()) + ". It is valid for 5 minutes.");
        page.getByRole(AriaRole.BUTTON, namedExactly("Send a new code")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("^A code was sent to "
                + literally(masked(customer.phone())) + " a moment ago\\. .*the last code still works until it"
                + " expires\\.$"));
        page.getByLabel("6-digit code").fill(SimulatedPhone.beside(page, customer.phone()).latestCode());
        page.getByRole(AriaRole.BUTTON, namedExactly("Verify")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("You are verified"));
    }

    @Test
    void aPassedStepUpMovesTheVisitorToANewSessionId_andAllowsItsOneActionOnly(Page page) {
        NewCustomer customer = Storefront.signedUpAndLoggedIn(page);
        page.navigate("/account/security/password");
        page.getByRole(AriaRole.BUTTON, namedExactly("Send me a code by SMS")).click();
        String before = sessionCookie(page);
        page.getByLabel("6-digit code").fill(SimulatedPhone.beside(page, customer.phone()).latestCode());
        page.getByRole(AriaRole.BUTTON, namedExactly("Verify")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("You are verified"));

        assertNotEquals(before, sessionCookie(page));
        page.navigate("/account/security/phone");
        assertThat(page.getByText("First prove it is you")).isVisible();
    }

    @Test
    void theFaceCheckSaysItIsTheCustomer_andTheyChangeTheirPhoneNumberWithACodeToTheNewOne_endingOtherLogins(
            Page page) {
        NewCustomer customer = NewCustomer.unique();
        String newNumber = NewCustomer.unique().phone();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedInOnMyAccount(page, customer.phone(), customer.password());
        try (BrowserContext elsewhere = anotherDevice(page)) {
            Page otherDevice = elsewhere.newPage();
            Storefront.alreadyLoggedIn(otherDevice, customer.phone(), customer.password());

            page.navigate("/account/security");
            page.getByRole(AriaRole.LINK, namedExactly("Change phone number")).click();
            page.getByRole(AriaRole.BUTTON, namedExactly("Verify with a face check")).click();

            assertThat(page.getByRole(AriaRole.HEADING, named("Look at the camera"))).isVisible();
            page.getByRole(AriaRole.BUTTON, namedExactly("Simulate: it is me")).click();

            assertThat(page.getByText("First prove it is you")).not().isAttached();
            assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("Verify with a face check"))).not().isAttached();
            page.getByLabel("New mobile number").fill(customer.phone());
            page.getByRole(AriaRole.BUTTON, namedExactly("Send a code to the new number")).click();
            assertThat(page.getByLabel("New mobile number"))
                    .hasAccessibleDescription("This is already your account's number.");
            page.getByLabel("New mobile number").fill(newNumber);
            page.getByRole(AriaRole.BUTTON, namedExactly("Send a code to the new number")).click();
            page.getByLabel("6-digit code").fill(SimulatedPhone.beside(page, newNumber).latestCode());
            String before = sessionCookie(page);
            page.getByRole(AriaRole.BUTTON, namedExactly("Use this number")).click();

            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your phone number is changed. Log in with the new"
                    + " number from now on. Every other device signed in to your account has been logged out.");
            assertNotEquals(before, sessionCookie(page));
            otherDevice.navigate("/account");
            assertThat(otherDevice).hasURL(Pattern.compile("/login"));
        }
        page.navigate("/account/activity");
        Locator changed = dataRows(page.getByRole(AriaRole.TABLE, named("Account activity")))
                .filter(new Locator.FilterOptions().setHasText("Phone number changed"));
        assertThat(changed).containsText(Pattern.compile("Phone number changed\\s*You\\s*"
                + literally(masked(newNumber))));
        assertThat(page.locator("main")).not().containsText(newNumber);
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("账户动态"))).filter(
                new Locator.FilterOptions().setHasText("手机号已更换"))).containsText(masked(newNumber));
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();

        Storefront.logOut(page);
        Storefront.logIn(page, newNumber, customer.password());
        SupportConsole.onCustomerPage(page, newNumber, customer.name());
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Security events")))
                .filter(new Locator.FilterOptions().setHasText("Phone number changed")))
                .containsText(Pattern.compile("Phone number changed\\s*Customer\\s*"
                        + literally(masked(newNumber))));
    }

    @Test
    void aNumberOfAnotherAccountIsRefusedWithoutSayingWhose(Page page) {
        NewCustomer customer = NewCustomer.unique();
        NewCustomer other = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyRegistered(page, other);
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        page.navigate("/account/security/phone");
        page.getByRole(AriaRole.BUTTON, namedExactly("Verify with a face check")).click();
        page.getByRole(AriaRole.BUTTON, namedExactly("Simulate: it is me")).click();

        page.getByLabel("New mobile number").fill(other.phone());
        page.getByRole(AriaRole.BUTTON, namedExactly("Send a code to the new number")).click();

        assertThat(page.getByLabel("New mobile number")).hasAccessibleDescription("This number belongs to another"
                + " hexmall account and cannot be used. Use another number, or contact customer service.");
    }

    @Test
    void aFaceThatIsNotTheCustomersIsRefused_withWhatToDoNext(Page page) {
        Storefront.signedUpAndLoggedIn(page);
        faceCheckForANewPassword(page, "Simulate: not me");

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("The face check could not confirm that it is you. Try"
                + " again in good light, use an SMS code instead, or contact customer service.");
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("Send me a code by SMS"))).isVisible();
        page.navigate("/account/security/password");
        assertThat(page.getByText("First prove it is you")).isVisible();
    }

    @Test
    void whenTheCameraCannotBeUsed_theCustomerVerifiesWithAnSmsCodeInstead(Page page) {
        NewCustomer customer = Storefront.signedUpAndLoggedIn(page);
        faceCheckForANewPassword(page, "Simulate: camera unavailable");

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Your camera could not be used for the face check. Use an"
                + " SMS code instead, or try again once the camera works.");
        page.getByRole(AriaRole.BUTTON, namedExactly("Use an SMS code instead")).click();
        page.getByLabel("6-digit code").fill(SimulatedPhone.beside(page, customer.phone()).latestCode());
        page.getByRole(AriaRole.BUTTON, namedExactly("Verify")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("You are verified"));
    }

    @Test
    void whenTheFaceCheckServiceCannotBeReached_theCustomerIsToldSo_andUsesAnSmsCode(Page page) {
        NewCustomer customer = Storefront.signedUpAndLoggedIn(page);
        switchFaceCheckFault(page, "Cannot be reached: refuses to open checks");
        try {
            page.navigate("/account/security/password");
            page.getByRole(AriaRole.BUTTON, namedExactly("Verify with a face check")).click();

            assertThat(page.getByRole(AriaRole.ALERT)).hasText("The face check cannot be reached right now. Use an"
                    + " SMS code instead, or try again in a few minutes.");
            page.getByRole(AriaRole.BUTTON, namedExactly("Use an SMS code instead")).click();
            page.getByLabel("6-digit code").fill(SimulatedPhone.beside(page, customer.phone()).latestCode());
            page.getByRole(AriaRole.BUTTON, namedExactly("Verify")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("You are verified"));
        } finally {
            switchFaceCheckFault(page, "Works normally");
        }
    }

    @Test
    void aCustomerWhoReadsChinese_verifiesInChinese(Page page) {
        NewCustomer customer = Storefront.signedUpAndLoggedIn(page);
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        page.navigate("/account/security/password");

        page.getByRole(AriaRole.BUTTON, namedExactly("发送短信验证码")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("验证身份"))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("我们已向 " + masked(customer.phone())
                + " 发送 6 位短信验证码，5 分钟内有效。");
        page.getByLabel("6 位短信验证码").fill(latestCodeReadInChinese(page, customer.phone()));
        page.getByRole(AriaRole.BUTTON, namedExactly("验证")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("身份验证成功"));
    }

    @Test
    void aCustomerWhoFrozeTheirAccountUnfreezesItWithPasswordAndCode(Page page) {
        NewCustomer customer = Storefront.signedUpAndLoggedIn(page);
        page.navigate("/account/security/freeze");
        page.getByLabel("Your login password, to confirm").fill(customer.password());
        page.getByRole(AriaRole.BUTTON, namedExactly("Freeze my account")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Your account is frozen"))).isVisible();

        page.getByRole(AriaRole.LINK, named("Unfreeze it yourself")).click();
        page.getByLabel("Mobile number of the account").fill(customer.phone());
        page.getByLabel("Login password").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, namedExactly("Continue")).click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("The mobile number or the password is wrong. Nothing was changed.");
        page.getByLabel("Login password").fill(customer.password());
        page.getByRole(AriaRole.BUTTON, namedExactly("Continue")).click();

        assertThat(page.getByText("To unfreeze your account, prove that it is you.")).isVisible();
        page.getByLabel("6-digit code").fill(SimulatedPhone.beside(page, customer.phone()).latestCode());
        page.getByRole(AriaRole.BUTTON, namedExactly("Verify")).click();
        page.getByRole(AriaRole.BUTTON, namedExactly("Unfreeze my account")).click();

        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Your account is unfrozen. You can log in, pay and bind wallets again.");
        Storefront.logIn(page, customer.phone(), customer.password());
    }

    @Test
    void anOldPasswordBringsABannerThatRemindMeLaterHides(Page page, MovableClock clock) {
        NewCustomer customer = Storefront.signedUpAndLoggedIn(page);
        assertThat(page.getByRole(AriaRole.REGION, named("Password reminder"))).hasCount(0);

        clock.moveOn(Duration.ofDays(181));
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        page.navigate("/");
        assertThat(page.getByRole(AriaRole.REGION, named("Password reminder"))).containsText("For your safety, change"
                + " your login password: it has not been changed for 180 days or more.");
        page.getByRole(AriaRole.BUTTON, namedExactly("Remind me later")).click();

        assertThat(page).hasURL(Pattern.compile("/$"));
        assertThat(page.getByRole(AriaRole.REGION, named("Password reminder"))).hasCount(0);
        page.navigate("/account");
        assertThat(page.getByRole(AriaRole.REGION, named("Password reminder"))).hasCount(0);
    }

    /** The simulated phone speaks the visitor's language too: its newest message, in Chinese, holds the code. */
    private static String latestCodeReadInChinese(Page page, String phone) {
        Page screen = page.context().newPage();
        screen.navigate("/mock-phone/" + phone);
        Matcher code = Pattern.compile("(\\d{6})").matcher(screen.locator("main ol li").first().textContent());
        assertTrue(code.find(), "the newest message on the phone has a code");
        return code.group(1);
    }

    /**
     * On the change-password page, which asks for a proof first: starts the face check, and answers for the simulated
     * camera with one of its buttons ("Simulate: it is me").
     */
    static void faceCheckForANewPassword(Page page, String simulatedAnswer) {
        page.navigate("/account/security/password");
        page.getByRole(AriaRole.BUTTON, namedExactly("Verify with a face check")).click();
        page.getByRole(AriaRole.BUTTON, namedExactly(simulatedAnswer)).click();
    }

    /** The demo's control page of the simulated face check. */
    private static void switchFaceCheckFault(Page page, String fault) {
        page.navigate("/mock-face/faults");
        page.getByLabel(fault).check();
        page.getByRole(AriaRole.BUTTON, namedExactly("Apply")).click();
        assertThat(page.getByLabel(fault)).isChecked();
    }

    private static String sessionCookie(Page page) {
        return page.context().cookies().stream().filter(cookie -> cookie.name.equals("hexmall_shop"))
                .map(cookie -> cookie.value).findFirst().orElse("");
    }
}
