package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Changing phones (换手机): the first payment from a phone trusted with an SMS code today goes to the wallet app
 * first, where the customer re-confirms the binding with the wallet's payment password, and then pays; customer
 * service sees that it happened. Unbinding the wallet, or replacing it with another, from that phone asks the wallet app
 * the same way first, and then goes on with what the customer asked for.
 */
@Order(2)
@BrowserFlowTest
@WithoutDemoCampaigns
class NewPhoneWalletReconfirmationFlowTest {

    private static final String TEA = "Jasmine tea, 250 g";
    private static final String PAYMENT_PASSWORD = "531864";

    @Test
    void theFirstPaymentOnANewPhone_reconfirmsTheWalletInItsApp_thenPays_andTheAgentSeesIt(Page page,
                                                                                            MovableClock clock) {
        NewCustomer customer = NewCustomer.unique();
        String alipay = withAlipayBoundOnTheirFirstPhone(page, clock, customer);

        try (BrowserContext newPhone = anotherBrowser(page, "en-US")) {
            Page onNewPhone = newPhone.newPage();
            logInTrustingTheNewPhone(onNewPhone, page, customer);
            String order = Checkout.placeOrderOverHttp(onNewPhone, TEA);
            Checkout.payNow(onNewPhone, order);
            Checkout.payWith(onNewPhone, alipay, "¥68.00");

            assertThat(onNewPhone.getByRole(AriaRole.NOTE).filter(new Locator.FilterOptions()
                    .setHasText("hexmall asks you"))).hasText(
                    "hexmall asks you to confirm your Alipay binding on a new device");
            onNewPhone.getByLabel("Payment password", exactly()).fill(notThe(PAYMENT_PASSWORD));
            onNewPhone.getByRole(AriaRole.BUTTON, named("Approve")).click();
            assertThat(onNewPhone.getByText(Pattern.compile("Wrong payment password\\. \\d attempts? left\\.")))
                    .isVisible();
            SimulatedWallets.approve(onNewPhone, PAYMENT_PASSWORD);

            SimulatedWallets.assertPayPage(onNewPhone, order, "¥68.00");
            SimulatedWallets.pay(onNewPhone, PAYMENT_PASSWORD);
            Checkout.assertPaymentSuccessful(onNewPhone, order, "¥68.00", "Alipay");

            String next = Checkout.placeOrderOverHttp(onNewPhone, TEA);
            Checkout.goPay(onNewPhone, next, alipay, "¥68.00");
        }

        Storefront.logOut(page);
        SupportConsole.onCustomerPage(page, customer.phone(), customer.name());
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Security events"))).first())
                .containsText("Wallet binding re-confirmed on a new device");
    }

    @Test
    void aWalletBoundOnTheNewPhoneOnceItWasTrusted_paysThereWithoutBeingConfirmedAgain(Page page, MovableClock clock) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        SimulatedWallets.accountAlreadyOpen(page, "Alipay", customer.phone(), customer.name(), "300", PAYMENT_PASSWORD);
        Storefront.alreadyLoggedInOnMyAccount(page, customer.phone(), customer.password());

        try (BrowserContext newPhone = anotherBrowser(page, "en-US")) {
            Page onNewPhone = newPhone.newPage();
            logInTrustingTheNewPhone(onNewPhone, page, customer);
            // The phone takes one code a minute: the login's came just now.
            clock.moveOn(Duration.ofMinutes(1));
            PaymentMethods.bindOverHttp(onNewPhone, "Alipay", customer.phone(),
                    SimulatedPhone.beside(page, customer.phone()), PAYMENT_PASSWORD);
            String order = Checkout.placeOrderOverHttp(onNewPhone, TEA);

            Checkout.goPay(onNewPhone, order, "Alipay " + SimulatedPhone.masked(customer.phone()), "¥68.00");
        }
    }

    @Test
    void pointsTickedOnThePaymentPage_areSpentOnceTheWalletIsReconfirmed_atThePriceThePageQuoted(
            Page page, MovableClock clock, HexmallApplication hexmall) {
        NewCustomer customer = NewCustomer.unique();
        String alipay = withAlipayBoundOnTheirFirstPhone(page, clock, customer);
        CustomerId customerId = hexmall.storage().customers().findByPhone(PhoneNumber.parse(customer.phone()))
                .orElseThrow().id();
        hexmall.storage().pointsLedger().append(List.of(new PointsEntry(customerId, PointsEntryKind.COMPENSATION,
                500, Optional.empty(), "Parcel three days late", clock.instant())));

        try (BrowserContext newPhone = anotherBrowser(page, "en-US")) {
            Page onNewPhone = newPhone.newPage();
            logInTrustingTheNewPhone(onNewPhone, page, customer);
            String order = Checkout.placeOrderOverHttp(onNewPhone, TEA);
            Checkout.payNow(onNewPhone, order);
            onNewPhone.getByLabel("Use 500 points (−¥5.00)").check();
            Checkout.payWith(onNewPhone, alipay, "¥68.00");
            SimulatedWallets.approve(onNewPhone, PAYMENT_PASSWORD);

            SimulatedWallets.assertPayPage(onNewPhone, order, "¥63.00");
            SimulatedWallets.pay(onNewPhone, PAYMENT_PASSWORD);
            Checkout.assertPaymentSuccessful(onNewPhone, order, "¥63.00", "Alipay");
            onNewPhone.navigate("/account/points");
            assertThat(dataRows(onNewPhone.getByRole(AriaRole.TABLE)).filter(new Locator.FilterOptions()
                    .setHasText("Spent on a payment"))).containsText("−500");
            // All 500 were spent; what is left was earned on the ¥63.00 paid.
            assertThat(definitionOf(onNewPhone, "Balance")).hasText("63 points");
        }
    }

    @Test
    void refusingInTheWalletApp_paysNothing_saysWhatToDo_andTheAppAsksAgain_inChineseToo(Page page,
                                                                                         MovableClock clock) {
        NewCustomer customer = NewCustomer.unique();
        String alipay = withAlipayBoundOnTheirFirstPhone(page, clock, customer);

        try (BrowserContext newPhone = anotherBrowser(page, "en-US")) {
            Page onNewPhone = newPhone.newPage();
            logInTrustingTheNewPhone(onNewPhone, page, customer);
            String order = Checkout.placeOrderOverHttp(onNewPhone, TEA);
            Checkout.payNow(onNewPhone, order);
            Checkout.payWith(onNewPhone, alipay, "¥68.00");
            onNewPhone.getByRole(AriaRole.BUTTON, named("Reject")).click();

            assertThat(onNewPhone.getByRole(AriaRole.HEADING, named("Pay for order " + order))).isVisible();
            assertThat(onNewPhone.getByRole(AriaRole.ALERT)).containsText("You did not confirm your wallet on this "
                    + "new device in the wallet app, so nothing was paid");
            assertThat(onNewPhone.getByRole(AriaRole.ALERT)).containsText("If it was you, press Pay again");
            onNewPhone.getByRole(AriaRole.LINK, named("中文")).click();
            assertThat(onNewPhone.getByRole(AriaRole.ALERT)).containsText(
                    "您没有在钱包应用中确认此新设备上的钱包绑定，因此未付款");

            onNewPhone.getByRole(AriaRole.BUTTON, named("支付 ¥68.00")).click();
            assertThat(onNewPhone.getByText("hexmall 请您在新设备上确认您的支付宝绑定")).isVisible();
        }
    }

    @Test
    void unbindingOnANewPhone_asksTheWalletAppFirst_andUnbindsOnlyOnceApproved(Page page, MovableClock clock) {
        NewCustomer customer = NewCustomer.unique();
        String alipay = withAlipayBoundOnTheirFirstPhone(page, clock, customer);

        try (BrowserContext newPhone = anotherBrowser(page, "en-US")) {
            Page onNewPhone = newPhone.newPage();
            logInTrustingTheNewPhone(onNewPhone, page, customer);
            PaymentMethods.open(onNewPhone);
            onNewPhone.getByRole(AriaRole.LINK, namedExactly("Unbind " + alipay)).click();
            onNewPhone.getByRole(AriaRole.BUTTON, namedExactly("Unbind")).click();

            assertThat(onNewPhone.getByRole(AriaRole.NOTE).filter(new Locator.FilterOptions()
                    .setHasText("hexmall asks you"))).hasText(
                    "hexmall asks you to confirm your Alipay binding on a new device");
            PaymentMethods.open(page);
            PaymentMethods.assertBoundWallets(page, alipay);
            SimulatedWallets.approve(onNewPhone, PAYMENT_PASSWORD);

            assertThat(onNewPhone.getByRole(AriaRole.STATUS))
                    .hasText("The wallet is unbound. You can bind it again at any time.");
            assertThat(onNewPhone.getByText(PaymentMethods.NONE_BOUND)).isVisible();
        }
        PaymentMethods.open(page);
        assertThat(page.getByText(PaymentMethods.NONE_BOUND)).isVisible();
    }

    @Test
    void refusingTheUnbindingInTheWalletApp_keepsTheWallet_andSaysWhatToDo(Page page, MovableClock clock) {
        NewCustomer customer = NewCustomer.unique();
        String alipay = withAlipayBoundOnTheirFirstPhone(page, clock, customer);

        try (BrowserContext newPhone = anotherBrowser(page, "en-US")) {
            Page onNewPhone = newPhone.newPage();
            logInTrustingTheNewPhone(onNewPhone, page, customer);
            PaymentMethods.open(onNewPhone);
            onNewPhone.getByRole(AriaRole.LINK, namedExactly("Unbind " + alipay)).click();
            onNewPhone.getByRole(AriaRole.BUTTON, namedExactly("Unbind")).click();
            onNewPhone.getByRole(AriaRole.BUTTON, named("Reject")).click();

            assertThat(onNewPhone.getByRole(AriaRole.ALERT)).containsText("You did not confirm the wallet on this new "
                    + "device in the wallet app, so nothing was changed.");
            PaymentMethods.assertBoundWallets(onNewPhone, alipay);
        }
    }

    @Test
    void replacingTheWalletOnANewPhone_reconfirmsTheCurrentOneFirst_thenBindsTheNewOneWithoutAskingForItAgain(
            Page page, MovableClock clock) {
        NewCustomer customer = NewCustomer.unique();
        String alipay = withAlipayBoundOnTheirFirstPhone(page, clock, customer);
        SimulatedWallets.accountAlreadyOpen(page, "WeChat Pay", customer.phone(), customer.name(), "300",
                PAYMENT_PASSWORD);

        try (BrowserContext newPhone = anotherBrowser(page, "en-US")) {
            Page onNewPhone = newPhone.newPage();
            logInTrustingTheNewPhone(onNewPhone, page, customer);
            PaymentMethods.startBinding(onNewPhone, "WeChat Pay", customer.phone());
            onNewPhone.getByRole(AriaRole.BUTTON, named("Replace my wallet")).click();

            assertThat(onNewPhone.getByRole(AriaRole.NOTE).filter(new Locator.FilterOptions()
                    .setHasText("hexmall asks you"))).hasText(
                    "hexmall asks you to confirm your Alipay binding on a new device");
            PaymentMethods.open(page);
            PaymentMethods.assertBoundWallets(page, alipay);
            // The phone takes one code a minute: the login's came just now.
            clock.moveOn(Duration.ofMinutes(2));
            SimulatedWallets.approve(onNewPhone, PAYMENT_PASSWORD);

            assertThat(onNewPhone.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
            assertThat(onNewPhone.getByText(SimulatedPhone.masked(customer.phone())).first()).isVisible();
            PaymentMethods.confirmCode(onNewPhone, SimulatedPhone.beside(page, customer.phone()).latestCode());
            assertThat(onNewPhone.getByText("hexmall asks to bind your WeChat Pay account "
                    + SimulatedPhone.masked(customer.phone()))).isVisible();
            SimulatedWallets.approve(onNewPhone, PAYMENT_PASSWORD);

            assertThat(onNewPhone.getByRole(AriaRole.STATUS)).hasText("WeChat Pay "
                    + SimulatedPhone.masked(customer.phone()) + " is now bound to your hexmall account.");
            assertThat(onNewPhone.getByText("It replaces your Alipay wallet, which is no longer bound.")).isVisible();
        }
    }

    /** Logs in on a browser of its own, proves the phone with the code sent to it, and ticks "trust this device". */
    private static void logInTrustingTheNewPhone(Page onNewPhone, Page page, NewCustomer customer) {
        onNewPhone.navigate("/login");
        onNewPhone.getByLabel("Mobile number or email").fill(customer.phone());
        onNewPhone.getByLabel("Password", exactly()).fill(customer.password());
        onNewPhone.getByRole(AriaRole.BUTTON, named("Log in")).click();
        onNewPhone.getByLabel("Verification code").fill(SimulatedPhone.beside(page, customer.phone()).latestCode());
        onNewPhone.getByLabel("Trust this device").check();
        onNewPhone.getByRole(AriaRole.BUTTON, named("Confirm and log in")).click();
        assertThat(onNewPhone.getByRole(AriaRole.HEADING, named("My account"))).isVisible();
    }

    private static BrowserContext anotherBrowser(Page page, String locale) {
        Browser browser = page.context().browser();
        return browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(URI.create(page.url()).resolve("/").toString())
                .setLocale(locale));
    }

    /** A password of six digits that is certainly not the right one: each digit one higher. */
    private static String notThe(String password) {
        StringBuilder other = new StringBuilder();
        for (char digit : password.toCharArray()) {
            other.append((char) ('0' + (digit - '0' + 1) % 10));
        }
        return other.toString();
    }

    /**
     * Registers the customer, who binds Alipay on the browser of the page (their first, trusted phone); returns the
     * wallet as the payment page names it.
     */
    private static String withAlipayBoundOnTheirFirstPhone(Page page, MovableClock clock, NewCustomer customer) {
        Storefront.alreadyRegistered(page, customer);
        SimulatedWallets.accountAlreadyOpen(page, "Alipay", customer.phone(), customer.name(), "300", PAYMENT_PASSWORD);
        Storefront.alreadyLoggedInOnMyAccount(page, customer.phone(), customer.password());
        PaymentMethods.bindOverHttp(page, "Alipay", customer.phone(), SimulatedPhone.beside(page, customer.phone()),
                PAYMENT_PASSWORD);
        // The phone takes one code a minute: the binding's came just now.
        clock.moveOn(Duration.ofMinutes(2));
        return "Alipay " + customer.phone().substring(0, 3) + "****" + customer.phone().substring(7);
    }
}
