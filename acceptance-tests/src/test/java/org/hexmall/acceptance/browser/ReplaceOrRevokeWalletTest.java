package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedWithin;
import static org.hexmall.acceptance.browser.SimulatedPhone.masked;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * What becomes of a bound wallet: another one replaces it (one wallet at a time is hexmall's policy here),
 * the shopper cancels hexmall's authorization inside the wallet app, and hexmall learns of it, or the shopper
 * unbinds it in hexmall, and hexmall has the wallet cancel its authorization.
 * <p>
 * The shoppers are the demo customers, whose wallet accounts at the simulated providers come with the demo
 * data, and customers who register and open a simulated account of their own; one customer per test.
 */
@Order(2)
@BrowserFlowTest
class ReplaceOrRevokeWalletTest {

    private static final String PAYMENT_PASSWORD = "864209";

    @Test
    void aSecondWalletReplacesTheFirstOnlyAfterTheShopperConfirms(Page page, MovableClock clock) {
        Storefront.alreadyLoggedIn(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);
        SimulatedPhone phone = SimulatedPhone.beside(page, Storefront.LI_LEI_PHONE);
        PaymentMethods.bindOverHttp(page, "Alipay", "13800000001", phone, SimulatedWallets.LI_LEI_PAYMENT_PASSWORD);
        // hexmall sends one phone at most one code a minute; deciding to switch wallets takes longer than that.
        clock.moveOn(Duration.ofMinutes(1));

        PaymentMethods.startBinding(page, "WeChat Pay", "13800000001");

        assertThat(page.getByRole(AriaRole.ALERT)).hasText(
                "You can bind one wallet at a time, and Alipay 138****0001 is bound now. Binding this one replaces it.");
        assertThat(page.getByRole(AriaRole.LINK, named("Keep my current wallet"))).isVisible();
        assertThat(phone.messages()).hasCount(1);
        page.getByRole(AriaRole.BUTTON, named("Replace my wallet")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
        PaymentMethods.confirmCode(page, phone.latestCode());
        assertThat(page.getByText("hexmall asks to bind your WeChat Pay account 138****0001")).isVisible();
        SimulatedWallets.approve(page, SimulatedWallets.LI_LEI_PAYMENT_PASSWORD);

        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("WeChat Pay 138****0001 is now bound to your hexmall account.");
        assertThat(page.getByText("It replaces your Alipay wallet, which is no longer bound.")).isVisible();
        PaymentMethods.open(page);
        PaymentMethods.assertBoundWallets(page, "WeChat Pay 138****0001");
    }

    @Test
    void unbindingInHexmallEndsTheAuthorizationInTheWalletAppToo(Page page) {
        NewCustomer customer = customerWithAlipayBound(page);
        SimulatedWallets.openApp(page, "alipay", customer.phone());
        assertThat(page.getByRole(AriaRole.BUTTON, named("Cancel authorization"))).hasCount(1);

        PaymentMethods.unbind(page, "Alipay " + masked(customer.phone()));

        assertThat(page.getByText(PaymentMethods.NONE_BOUND)).isVisible();
        assertThat(page.getByRole(AriaRole.REGION, named("Being unbound"))).not().isAttached();
        SimulatedWallets.openApp(page, "alipay", customer.phone());
        assertThat(page.getByText("No merchant may charge this account.")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Cancel authorization"))).not().isAttached();
    }

    @Test
    void whileAlipayIsDownTheUnboundWalletIsShownAsCancellingThere_toTheShopperAndTheAgent(Page page) {
        NewCustomer customer = customerWithAlipayBound(page);
        String wallet = "Alipay " + masked(customer.phone());
        Page simulatedWallets = page.context().newPage();
        SimulatedWallets.makeBehave(simulatedWallets, "Alipay", "Provider down: answers \"unavailable\" at once");
        try {
            PaymentMethods.unbind(page, wallet);

            assertThat(page.getByText(PaymentMethods.NONE_BOUND)).isVisible();
            assertThat(page.getByRole(AriaRole.REGION, named("Being unbound")).getByRole(AriaRole.LISTITEM))
                    .hasText(wallet + " Cancelling at Alipay");
            SimulatedWallets.openApp(page, "alipay", customer.phone());
            assertThat(page.getByRole(AriaRole.BUTTON, named("Cancel authorization"))).hasCount(1);

            PaymentMethods.open(page);
            Storefront.logOut(page);
            SupportConsole.onCustomerPage(page, customer.phone(), customer.name());
            Locator binding = SupportConsole.binding(page, wallet + " Unbound Cancelling at Alipay");
            assertThat(dataRows(binding.getByRole(AriaRole.TABLE, namedWithin("History"))).last())
                    .containsText("Not yet cancelled at Alipay: hexmall will try again "
                            + "network trouble or the wallet provider was down");
        } finally {
            SimulatedWallets.faultsAlreadyCleared(simulatedWallets);
        }
    }

    @Test
    void cancellingTheAuthorizationInTheWalletAppRemovesTheWalletFromHexmall(Page page) {
        Storefront.alreadyLoggedIn(page, Storefront.HAN_MEIMEI_PHONE, Storefront.HAN_MEIMEI_PASSWORD);
        PaymentMethods.bindOverHttp(page, "Alipay", "13800000002",
                SimulatedPhone.beside(page, Storefront.HAN_MEIMEI_PHONE),
                SimulatedWallets.HAN_MEIMEI_PAYMENT_PASSWORD);

        page.navigate("/mock-wallet/alipay/app?account=13800000002");
        page.getByRole(AriaRole.BUTTON, named("Cancel authorization")).click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("You cancelled hexmall's authorization. Alipay is letting hexmall know.");
        assertThat(page.getByText("No merchant may charge this account.")).isVisible();

        // The simulated Alipay makes its first attempt to tell hexmall before its page answers, so hexmall
        // knows by now; were it late, a shopper reloading the page would see the wallet disappear later.
        PaymentMethods.open(page);
        assertThat(page.getByText(PaymentMethods.NONE_BOUND)).isVisible();

        Storefront.logOut(page);
        SupportConsole.onCustomerPage(page, Storefront.HAN_MEIMEI_PHONE, "韩梅梅");
        assertThat(SupportConsole.binding(page, "Alipay 138****0002 Revoked in the wallet app")).isVisible();
        // No request of the customer's reached hexmall: it was done in the wallet app, which the lines name where an
        // address would be, and as who did it.
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Security events")))
                .filter(new Locator.FilterOptions().setHasText("Wallet unbound")).first())
                .containsText(Pattern.compile(
                        "Wallet unbound\\s*Wallet app\\s*Alipay 138\\*{4}0002\\s*Done in the wallet app"));
        Storefront.alreadyLoggedIn(page, Storefront.HAN_MEIMEI_PHONE, Storefront.HAN_MEIMEI_PASSWORD);
        page.navigate("/account/activity");
        Locator unbound = dataRows(page.getByRole(AriaRole.TABLE, named("Account activity")))
                .filter(new Locator.FilterOptions().setHasText("Wallet unbound")).first();
        assertThat(unbound).containsText(Pattern.compile(
                "Wallet unbound\\s*The wallet app\\s*Alipay 138\\*{4}0002\\s*Done in the wallet app"));
        assertThat(unbound).not().containsText("hexmall");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("账户动态")))
                .filter(new Locator.FilterOptions().setHasText("已解绑钱包")).first())
                .containsText(Pattern.compile("已解绑钱包\\s*钱包应用\\s*支付宝 138\\*{4}0002\\s*在钱包应用中操作"));
    }

    /** A customer who registered, opened an Alipay account with their own number, and bound it: logged in. */
    private static NewCustomer customerWithAlipayBound(Page page) {
        NewCustomer customer = NewCustomer.unique();
        SimulatedWallets.accountAlreadyOpen(page, "Alipay", customer.phone(), customer.name(), "100.00",
                PAYMENT_PASSWORD);
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        PaymentMethods.bindOverHttp(page, "Alipay", customer.phone(), SimulatedPhone.beside(page, customer.phone()),
                PAYMENT_PASSWORD);
        return customer;
    }
}
