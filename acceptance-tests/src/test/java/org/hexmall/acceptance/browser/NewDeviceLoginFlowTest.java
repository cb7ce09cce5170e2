package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.Browsers.anotherDevice;
import static org.hexmall.acceptance.browser.SimulatedPhone.masked;
import static org.hexmall.acceptance.browser.SimulatedPhone.notThe;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Logging in on a new phone: the password alone opens no session on a device the account does not trust; a code sent
 * to the account's phone does, and "trust this device" spares it next time. From one device the customer removes
 * another, which is logged out at once.
 */
@BrowserFlowTest
class NewDeviceLoginFlowTest {

    private static final String CONFIRM_HEADING = "Confirm it is you";

    @Test
    void aNewDeviceProvesThePhoneWithACode_andOnceTrustedLogsInWithThePasswordAlone(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedInOnMyAccount(page, customer.phone(), customer.password());

        try (BrowserContext newPhone = anotherDevice(page)) {
            Page onNewPhone = newPhone.newPage();
            typeLogin(onNewPhone, customer);
            assertThat(onNewPhone.getByRole(AriaRole.HEADING, named(CONFIRM_HEADING))).isVisible();
            assertThat(onNewPhone.getByRole(AriaRole.STATUS)).hasText("We have sent a 6-digit code to "
                    + masked(customer.phone()) + ". It is valid for 5 minutes.");
            onNewPhone.navigate("/account");
            assertThat(onNewPhone.getByRole(AriaRole.HEADING, named("Log in"))).isVisible();

            onNewPhone.navigate("/login/device");
            SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());
            String code = phone.latestCode();
            onNewPhone.getByLabel("Verification code").fill(notThe(code));
            onNewPhone.getByRole(AriaRole.BUTTON, named("Confirm and log in")).click();
            assertThat(onNewPhone.getByText("The code is not correct. You can try 4 more time(s).")).isVisible();

            String broughtToken = deviceCookieOf(newPhone);
            onNewPhone.getByLabel("Verification code").fill(code);
            onNewPhone.getByLabel("Trust this device").check();
            onNewPhone.getByRole(AriaRole.BUTTON, named("Confirm and log in")).click();
            assertThat(onNewPhone.getByRole(AriaRole.HEADING, named("My account"))).isVisible();
            assertThat(phone.messages().first()).containsText("New login on Chrome on Linux at ");
            assertNotEquals(broughtToken, deviceCookieOf(newPhone), "a trusted device is given a new device cookie");

            Storefront.logOut(onNewPhone);
            typeLogin(onNewPhone, customer);
            assertThat(onNewPhone.getByRole(AriaRole.HEADING, named("My account"))).isVisible();

            try (BrowserContext withTheBroughtCookie = anotherDevice(page)) {
                withTheBroughtCookie.addCookies(List.of(new Cookie("hexmall_device", broughtToken)
                        .setUrl(page.url())));
                Page elsewhere = withTheBroughtCookie.newPage();
                typeLogin(elsewhere, customer);
                assertThat(elsewhere.getByRole(AriaRole.HEADING, named(CONFIRM_HEADING))).isVisible();
            }
        }
    }

    private static String deviceCookieOf(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("hexmall_device"))
                .map(cookie -> cookie.value).findFirst().orElseThrow();
    }

    @Test
    void removingADeviceFromAnother_logsItOutAtOnce(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedInOnMyAccount(page, customer.phone(), customer.password());

        try (BrowserContext lostPhone = anotherDevice(page)) {
            Page onLostPhone = lostPhone.newPage();
            typeLogin(onLostPhone, customer);
            String code = SimulatedPhone.beside(page, customer.phone()).latestCode();
            onLostPhone.getByLabel("Verification code").fill(code);
            onLostPhone.getByRole(AriaRole.BUTTON, named("Confirm and log in")).click();
            assertThat(onLostPhone.getByRole(AriaRole.HEADING, named("My account"))).isVisible();

            page.navigate("/account/security");
            page.getByRole(AriaRole.LINK, namedExactly("Login devices")).click();
            var devices = dataRows(page.getByRole(AriaRole.TABLE));
            assertThat(devices).hasCount(2);
            assertThat(devices.filter(new Locator.FilterOptions().setHasText("This device")))
                    .hasCount(1);
            assertThat(devices.filter(new Locator.FilterOptions()
                    .setHasText("Not trusted: asks for a code"))).hasCount(1);

            page.getByRole(AriaRole.LINK, namedExactly("Remove")).click();
            assertThat(page.getByRole(AriaRole.HEADING, named("Remove this device?"))).isVisible();
            page.getByRole(AriaRole.BUTTON, namedExactly("Remove device")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("The device was removed and logged out. To log in "
                    + "there again, it must confirm with a code sent to your phone.");
            assertThat(dataRows(page.getByRole(AriaRole.TABLE))).hasCount(1);

            onLostPhone.navigate("/account");
            assertThat(onLostPhone).hasURL(Pattern.compile("/login"));
            assertThat(onLostPhone.getByRole(AriaRole.HEADING, named("Log in"))).isVisible();
        }
        page.navigate("/account");
        assertThat(page.getByRole(AriaRole.HEADING, named("My account"))).isVisible();
    }

    @Test
    void signingOutAllOtherDevices_asksToVerifyFirst_thenLogsThemOutAndKeepsThisOne(Page page, MovableClock clock) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedInOnMyAccount(page, customer.phone(), customer.password());

        try (BrowserContext oldTablet = anotherDevice(page)) {
            Page onOldTablet = oldTablet.newPage();
            typeLogin(onOldTablet, customer);
            String code = SimulatedPhone.beside(page, customer.phone()).latestCode();
            onOldTablet.getByLabel("Verification code").fill(code);
            onOldTablet.getByLabel("Trust this device").check();
            onOldTablet.getByRole(AriaRole.BUTTON, named("Confirm and log in")).click();
            assertThat(onOldTablet.getByRole(AriaRole.HEADING, named("My account"))).isVisible();

            // The phone takes one code a minute: the tablet's came just now.
            clock.moveOn(Duration.ofMinutes(2));
            page.navigate("/account/security/devices");
            page.getByRole(AriaRole.LINK, namedExactly("Sign out all other devices")).click();
            assertThat(page.getByText("First prove it is you")).isVisible();
            page.getByRole(AriaRole.BUTTON, namedExactly("Send me a code by SMS")).click();
            page.getByLabel("6-digit code").fill(SimulatedPhone.beside(page, customer.phone()).latestCode());
            page.getByRole(AriaRole.BUTTON, namedExactly("Verify")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("You are verified"));
            page.getByRole(AriaRole.BUTTON, namedExactly("Sign out all other devices")).click();

            assertThat(page.getByRole(AriaRole.STATUS))
                    .hasText("1 other device(s) were logged out and are no longer trusted.");
            assertThat(dataRows(page.getByRole(AriaRole.TABLE))).hasCount(1);
            assertThat(dataRows(page.getByRole(AriaRole.TABLE))).containsText("This device");
            onOldTablet.navigate("/account");
            assertThat(onOldTablet.getByRole(AriaRole.HEADING, named("Log in"))).isVisible();
            typeLogin(onOldTablet, customer);
            assertThat(onOldTablet.getByRole(AriaRole.HEADING, named(CONFIRM_HEADING))).isVisible();
        }
        page.navigate("/account/activity");
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Account activity")))
                .filter(new Locator.FilterOptions().setHasText("Device removed from the trusted devices")))
                .hasCount(1);
    }

    @Test
    void anAgentRevokesADeviceWithAReason(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedInOnMyAccount(page, customer.phone(), customer.password());
        Storefront.logOut(page);

        SupportConsole.onCustomerPage(page, customer.phone(), customer.name());
        var devices = page.getByRole(AriaRole.TABLE, named("Login devices"));
        assertThat(dataRows(devices)).hasCount(1);
        page.getByRole(AriaRole.BUTTON, namedExactly("Revoke this device")).click();
        assertThat(page.getByText("Say why: the reason goes into the audit log.")).isVisible();
        page.getByLabel("Reason for revoking the device").fill("Customer called: phone stolen");
        page.getByRole(AriaRole.BUTTON, namedExactly("Revoke this device")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The device is revoked");
        assertThat(page.getByText("No login devices in use.")).isVisible();
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Audit log")))).containsText(new String[] {
                SupportConsole.AGENT + " Revoked a login device Customer called: phone stolen"});
    }

    /** Types the login form on a browser of its own, as the customer does on a phone they never used before. */
    private static void typeLogin(Page page, NewCustomer customer) {
        page.navigate("/login");
        page.getByLabel("Mobile number or email").fill(customer.phone());
        page.getByLabel("Password", exactly()).fill(customer.password());
        page.getByRole(AriaRole.BUTTON, named("Log in")).click();
    }
}
