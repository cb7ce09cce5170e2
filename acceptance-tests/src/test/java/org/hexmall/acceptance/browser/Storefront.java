package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a shopper does on the way to what a test is about: step by step as on the pages ({@code register},
 * {@code logIn}), or, for what is already the case before the test begins ({@code alreadyRegistered},
 * {@code alreadyLoggedIn}), with the same forms sent over HTTP, which loads no page.
 */
final class Storefront {

    /** The demo customers every fresh hexmall starts with. */
    static final String LI_LEI_PHONE = "13800000001";
    static final String LI_LEI_PASSWORD = "demo-pass-1";
    static final String HAN_MEIMEI_PHONE = "13800000002";
    static final String HAN_MEIMEI_PASSWORD = "demo-pass-2";

    /** How the device cookies of the shoppers' usual phones begin. */
    private static final String USUAL_DEVICE = "usual-device-";

    private Storefront() {
    }

    /** Opens an account with the registration form and waits for the "please log in" page. */
    static void register(Page page, NewCustomer customer) {
        page.navigate("/register");
        page.getByLabel("Mobile number").fill(customer.phone());
        page.getByLabel("Name", exactly()).fill(customer.name());
        page.getByLabel("Password", exactly()).fill(customer.password());
        page.getByLabel("Repeat password").fill(customer.password());
        page.getByRole(AriaRole.BUTTON, named("Register")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your account is ready. Please log in.");
    }

    /** Already the case: the customer has an account, opened by sending the registration form over HTTP. */
    static void alreadyRegistered(Page page, NewCustomer customer) {
        String step = "Registering " + customer.phone();
        HttpForms.Form form = HttpForms.form(HttpForms.get(page, "/register", step), "/register"::equals, step);
        HttpForms.assertRedirectsTo(HttpForms.sendWithoutFollowing(page, form, Map.of("phone", customer.phone(),
                        "email", "", "displayName", customer.name(), "password", customer.password(),
                        "passwordRepeated", customer.password())),
                "/login?registered", step);
    }

    /**
     * Already the case: the browser is logged in, from the shopper's usual device, by the log-in form sent over HTTP;
     * the page stays where it was.
     */
    static void alreadyLoggedIn(Page page, String login, String password) {
        String step = "Logging in as " + login;
        APIResponse loginPage = HttpForms.get(page, "/login", step);
        onTheirUsualDevice(page.context(), URI.create(loginPage.url()).getHost(), login);
        HttpForms.assertRedirectsTo(HttpForms.sendWithoutFollowing(page,
                        HttpForms.form(loginPage, "/login"::equals, step), Map.of("login", login, "password", password)),
                "/account", step);
    }

    /** Already the case: logged in as {@link #alreadyLoggedIn} does it, and on "My account". */
    static void alreadyLoggedInOnMyAccount(Page page, String login, String password) {
        alreadyLoggedIn(page, login, password);
        page.navigate("/account");
        assertThat(page.getByRole(AriaRole.HEADING, named("My account"))).isVisible();
    }

    /**
     * Submits the log-in form from a freshly opened log-in page, so that whatever the test looks for
     * next can only come from this attempt. Leaves checking the outcome to the test.
     */
    static void tryToLogIn(Page page, String login, String password) {
        page.navigate("/login");
        onTheirUsualDevice(page, login);
        page.getByLabel("Mobile number or email").fill(login);
        page.getByLabel("Password", exactly()).fill(password);
        page.getByRole(AriaRole.BUTTON, named("Log in")).click();
    }

    /**
     * Each test opens a new browser context, which a store that knows devices would take for a new device, asking for
     * a code. Shoppers log in from the phone they always use: this gives the browser the device cookie that goes with
     * the login, so that the first login of an account trusts it and every later one, in any test, is from it again.
     * The tests of the new-device login type the login form themselves, on a browser of their own. Call it on any
     * page of the store, before the login form is sent.
     */
    static void onTheirUsualDevice(Page page, String login) {
        onTheirUsualDevice(page.context(), URI.create(page.url()).getHost(), login);
    }

    private static void onTheirUsualDevice(BrowserContext context, String host, String login) {
        boolean alreadyTheirs = context.cookies().stream()
                .anyMatch(cookie -> cookie.name.equals("hexmall_device") && cookie.value.startsWith(USUAL_DEVICE));
        if (alreadyTheirs) {
            // The same shopper again in this browser, perhaps with a new phone number or email to log in with.
            return;
        }
        String usualDevice = USUAL_DEVICE + UUID.nameUUIDFromBytes(login.getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
        context.addCookies(List.of(new Cookie("hexmall_device", usualDevice)
                .setDomain(host).setPath("/").setHttpOnly(true)));
    }

    /** Logs in and waits for "My account", where a successful login lands. */
    static void logIn(Page page, String login, String password) {
        tryToLogIn(page, login, password);
        assertThat(page.getByRole(AriaRole.HEADING, named("My account"))).isVisible();
    }

    /** A customer no other test knows, who already has an account and is logged in, on "My account". */
    static NewCustomer signedUpAndLoggedIn(Page page) {
        NewCustomer customer = NewCustomer.unique();
        alreadyRegistered(page, customer);
        alreadyLoggedInOnMyAccount(page, customer.phone(), customer.password());
        return customer;
    }

    /**
     * A customer no other test knows, with an account at each of the simulated wallets named (their mobile number,
     * ¥300.00, the payment password given), who already has a store account and is logged in, on "My account".
     */
    static NewCustomer signedUpWithWalletAccounts(Page page, String paymentPassword, String... wallets) {
        NewCustomer customer = NewCustomer.unique();
        alreadyRegistered(page, customer);
        for (String wallet : wallets) {
            SimulatedWallets.accountAlreadyOpen(page, wallet, customer.phone(), customer.name(), "300",
                    paymentPassword);
        }
        alreadyLoggedInOnMyAccount(page, customer.phone(), customer.password());
        return customer;
    }

    /** Logs out from any storefront page and waits for the home page to offer "Log in" again. */
    static void logOut(Page page) {
        page.getByRole(AriaRole.BUTTON, namedExactly("Log out")).click();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Log in"))).isVisible();
    }
}
