package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.literally;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.Browsers.anotherDevice;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Account &amp; security → "Account activity": the customer checks their logins and security changes, in English or
 * Chinese, and presses "This wasn't me" on one that was not them; the agent sees the events on the customer's page.
 */
@BrowserFlowTest
class AccountActivityTest {

    private static final String NEW_PASSWORD = "fresh-jasmine-42";

    @Test
    void theCustomerSeesTheirLoginAndTheirPasswordReset_newestFirst_inEnglishAndInChinese(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        resetPassword(page, customer.phone());
        Storefront.alreadyLoggedIn(page, customer.phone(), NEW_PASSWORD);

        page.navigate("/account/security");
        page.getByRole(AriaRole.LINK, namedExactly("Account activity")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("Account activity"))).isVisible();
        Locator rows = dataRows(page.getByRole(AriaRole.TABLE, named("Account activity")));
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).containsText(Pattern.compile("Logged in\\s*You"));
        assertThat(rows.nth(1)).containsText(Pattern.compile("Login password reset with an SMS code\\s*You\\s*—\\s*"
                + LOOPBACK.pattern()));
        assertThat(page.getByRole(AriaRole.BUTTON, named("This wasn’t me"))).hasCount(2);

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("账户动态"))).isVisible();
        Locator rowsInChinese = dataRows(page.getByRole(AriaRole.TABLE, named("账户动态")));
        assertThat(rowsInChinese.nth(0)).containsText(Pattern.compile("登录成功\\s*本人"));
        assertThat(rowsInChinese.nth(1)).containsText("已通过短信验证码重置登录密码");
        assertThat(page.getByRole(AriaRole.BUTTON, named("不是我本人"))).hasCount(2);
    }

    @Test
    void aCustomerSeesOnlyTheirOwnActivity_andAPageThatIsNoneIsSaidToBeNone(Page page) {
        NewCustomer other = NewCustomer.unique();
        Storefront.alreadyRegistered(page, other);
        Storefront.alreadyLoggedInOnMyAccount(page, other.phone(), other.password());
        Storefront.logOut(page);
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());

        page.navigate("/account/activity?page=1&customer=" + other.phone());
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Account activity")))).hasCount(1);

        page.navigate("/account/activity?page=abc");
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("There is no such page of your activity: pages are numbered 1, 2, 3 and so on.");
        page.navigate("/account/activity?page=2");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("There is nothing on this page");
        page.navigate("/account/activity?page=900");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Older activity is not shown here.");
        page.getByRole(AriaRole.LINK, namedExactly("See your newest activity")).click();
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Account activity")))).hasCount(1);
    }

    @Test
    void thisWasntMe_freezesTheAccount_logsOutTheOtherBrowser_andTheAgentSeesTheReport(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.register(page, customer);
        try (BrowserContext elsewhere = anotherDevice(page)) {
            Page intruder = elsewhere.newPage();
            Storefront.alreadyLoggedIn(intruder, customer.phone(), customer.password());
            Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
            page.navigate("/account/activity");

            Locator newest = dataRows(page.getByRole(AriaRole.TABLE, named("Account activity"))).nth(0);
            newest.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("This wasn’t me")).click();
            assertThat(page.getByRole(AriaRole.HEADING, named("This wasn’t me"))).isVisible();
            assertThat(page.getByText(Pattern.compile("You say that “Logged in” at .* was not you\\."))).isVisible();
            page.getByRole(AriaRole.BUTTON, namedExactly("Freeze my account now")).click();

            assertThat(page.getByRole(AriaRole.HEADING, named("Your account is frozen"))).isVisible();
            assertThat(page.locator("main")).containsText("Customer service will contact you on your registered"
                    + " mobile number");
            intruder.navigate("/account");
            assertThat(intruder).hasURL(Pattern.compile("/login"));
            Storefront.tryToLogIn(intruder, customer.phone(), customer.password());
            assertThat(intruder.getByRole(AriaRole.ALERT)).containsText("This account is frozen.");
        }

        SupportConsole.onCustomerPage(page, customer.phone(), customer.name());
        Locator events = dataRows(page.getByRole(AriaRole.TABLE, named("Security events")));
        assertThat(events).hasCount(2);
        assertThat(events.nth(0)).containsText(Pattern.compile("Account frozen\\s*Customer"));
        assertThat(events.nth(1))
                .containsText(Pattern.compile("Reported “this wasn’t me”\\s*Customer\\s*Logged in 20"));
    }

    @Test
    void aCustomerReadingChinese_isToldInChineseThatTheAccountIsFrozen_andWhatHappensNext(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        page.navigate("/account/activity");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();

        page.getByRole(AriaRole.BUTTON, named("不是我本人")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("不是我本人"))).isVisible();
        page.getByRole(AriaRole.BUTTON, namedExactly("立即冻结我的账户")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("您的账户已冻结"))).isVisible();
        assertThat(page.locator("main")).containsText("客服会通过您注册的手机号与您联系");
    }

    @Test
    void aBoundWallet_isNamedWithItsAccountMasked_forTheCustomerInChinese_andForTheAgent(Page page) {
        NewCustomer customer = NewCustomer.unique();
        String masked = customer.phone().substring(0, 3) + "****" + customer.phone().substring(7);
        Storefront.alreadyRegistered(page, customer);
        SimulatedWallets.accountAlreadyOpen(page, "Alipay", customer.phone(), customer.name(), "100.00", "864209");
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        PaymentMethods.bindOverHttp(page, "Alipay", customer.phone(), SimulatedPhone.beside(page, customer.phone()),
                "864209");

        page.navigate("/account/activity");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("账户动态"))).nth(0))
                .containsText(Pattern.compile("已绑定钱包\\s*本人\\s*支付宝 " + literally(masked)));
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();

        SupportConsole.onCustomerPage(page, customer.phone(), customer.name());
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Security events"))).nth(0))
                .containsText(Pattern.compile("Wallet bound\\s*Customer\\s*Alipay " + literally(masked)));
    }

    @Test
    void walletsAndVerifications_nameTheAddressTheyCameFrom_andCustomerServicesActionsSaySo_inEnglishAndInChinese(
            Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        SimulatedWallets.accountAlreadyOpen(page, "Alipay", customer.phone(), customer.name(), "100.00", "864209");
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        PaymentMethods.bindOverHttp(page, "Alipay", customer.phone(), SimulatedPhone.beside(page, customer.phone()),
                "864209");
        PaymentMethods.unbind(page, "Alipay " + SimulatedPhone.masked(customer.phone()));
        StepUpVerificationTest.faceCheckForANewPassword(page, "Simulate: not me");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The face check could not confirm that it is you.");
        StepUpVerificationTest.faceCheckForANewPassword(page, "Simulate: it is me");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("You are verified"));
        SupportConsole.onCustomerPage(page, customer.phone(), customer.name());
        page.getByLabel("Reason for freezing the account").fill("Customer called: phone lost");
        page.getByRole(AriaRole.BUTTON, namedExactly("Freeze the account")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The account is frozen");

        // The agent reads where each of the customer's changes came from, and that the freeze was customer service's.
        Locator events = dataRows(page.getByRole(AriaRole.TABLE, named("Security events")));
        assertThat(events.filter(withText("Account frozen")))
                .containsText(Pattern.compile("Account frozen\\s*Agent\\s*—\\s*Customer service"));
        assertThat(events.filter(withText("Wallet unbound"))).containsText(LOOPBACK);
        page.getByLabel("Reason for unfreezing the account").fill("The phone was found");
        page.getByRole(AriaRole.BUTTON, namedExactly("Unfreeze the account")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The account is unfrozen");

        Storefront.logIn(page, customer.phone(), customer.password());
        page.navigate("/account/activity");
        Locator rows = dataRows(page.getByRole(AriaRole.TABLE, named("Account activity")));
        for (String what : new String[] {"Wallet bound", "Wallet unbound", "Identity verification failed",
                "Identity verification passed"}) {
            assertThat(rows.filter(withText(what))).containsText(Pattern.compile(
                    literally(what) + "\\s*You[\\s\\S]*" + LOOPBACK.pattern()));
        }
        assertThat(rows.filter(withText("Account unfrozen")))
                .containsText(Pattern.compile("Account unfrozen\\s*Customer service\\s*—\\s*Customer service"));

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        Locator rowsInChinese = dataRows(page.getByRole(AriaRole.TABLE, named("账户动态")));
        assertThat(rowsInChinese.filter(withText("已绑定钱包"))).containsText(Pattern.compile(
                "已绑定钱包\\s*本人[\\s\\S]*" + LOOPBACK.pattern()));
        assertThat(rowsInChinese.filter(withText("身份验证未通过"))).containsText(Pattern.compile(
                "身份验证未通过\\s*本人[\\s\\S]*" + LOOPBACK.pattern()));
        assertThat(rowsInChinese.filter(withText("账户已冻结")))
                .containsText(Pattern.compile("账户已冻结\\s*客服\\s*—\\s*客服"));
    }

    /** Where the browser tests' requests come from. */
    private static final Pattern LOOPBACK = Pattern.compile("(127\\.0\\.0\\.1|\\[?[0:]+1]?)");

    private static Locator.FilterOptions withText(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }

    /** "Forgot password?" with the code the customer's phone got, as ForgotPasswordTest goes through it. */
    private static void resetPassword(Page page, String phone) {
        page.navigate("/forgot-password");
        page.getByLabel("Mobile number").fill(phone);
        page.getByRole(AriaRole.BUTTON, namedExactly("Send code")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Set a new password"))).isVisible();
        String code = SimulatedPhone.beside(page, phone).latestCode();
        page.getByLabel("Verification code").fill(code);
        page.getByLabel("New password", exactly()).fill(NEW_PASSWORD);
        page.getByLabel("Repeat new password").fill(NEW_PASSWORD);
        page.getByRole(AriaRole.BUTTON, namedExactly("Change password")).click();
        assertThat(page).hasURL(Pattern.compile("/login"));
    }
}
