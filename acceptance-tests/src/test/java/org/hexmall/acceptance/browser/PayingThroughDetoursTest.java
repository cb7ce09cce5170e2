package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A customer who starts paying an order and is sent to bind a wallet comes back to paying that order, whatever detour
 * the binding takes on the way: declining in the wallet app, proving it is them with an SMS code on a device they do
 * not trust, or re-confirming the wallet they replace on a new phone. At phone width.
 */
@BrowserFlowTest
@WithoutDemoCampaigns
class PayingThroughDetoursTest {

    private static final String TEA = "Jasmine tea, 250 g";
    private static final String PASSWORD = "642087";

    @Test
    void declinedInTheWalletApp_thePageLeadsBackToPayingTheOrder_andBindingAgainStillDoes(Page page) {
        page.setViewportSize(390, 844);
        NewCustomer customer = NewCustomer.unique();
        Storefront.register(page, customer);
        SimulatedWallets.openAccount(page, "Alipay", customer.phone(), customer.name(), "300", PASSWORD);
        Storefront.logIn(page, customer.phone(), customer.password());
        String order = Checkout.placeOrder(page, TEA);
        Checkout.payNow(page, order);
        String payPage = page.url();

        bindFromThePaymentPage(page, customer.phone());
        PaymentMethods.confirmCode(page, SimulatedPhone.beside(page, customer.phone()).latestCode());
        page.getByRole(AriaRole.BUTTON, namedExactly("Reject")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("You declined the binding"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Start again")))
                .hasAttribute("href", "/account/security/payment-methods/add?order=" + orderId(payPage));
        page.getByRole(AriaRole.LINK, namedExactly("Back to paying your order")).click();
        assertThat(page).hasURL(payPage);
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Pay for order " + order))).isVisible();
    }

    @Test
    void anSmsCodeAskedForOnADeviceNotTrusted_leadsOnToBinding_andBackToPayingTheOrder(Page page, MovableClock clock) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.register(page, customer);
        SimulatedWallets.openAccount(page, "Alipay", customer.phone(), customer.name(), "300", PASSWORD);
        // The device they first log in on is theirs; the other one they log in on without trusting it.
        Storefront.logIn(page, customer.phone(), customer.password());
        SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());

        try (BrowserContext otherDevice = anotherBrowser(page)) {
            Page onIt = otherDevice.newPage();
            onIt.setViewportSize(390, 844);
            logInWithoutTrusting(onIt, phone, customer);
            String order = Checkout.placeOrder(onIt, TEA);
            Checkout.payNow(onIt, order);
            String payPage = onIt.url();

            clock.moveOn(Duration.ofMinutes(2));
            bindFromThePaymentPage(onIt, customer.phone());
            assertThat(onIt.getByRole(AriaRole.HEADING, namedExactly("Please confirm it is you"))).isVisible();
            onIt.getByRole(AriaRole.BUTTON, namedExactly("Send me a code by SMS")).click();
            onIt.getByLabel("6-digit code").fill(phone.latestCode());
            onIt.getByRole(AriaRole.BUTTON, namedExactly("Verify")).click();

            assertThat(onIt.getByRole(AriaRole.HEADING, namedExactly("Bind Alipay"))).isVisible();
            clock.moveOn(Duration.ofMinutes(2));
            onIt.getByLabel("Alipay account").fill(customer.phone());
            onIt.getByRole(AriaRole.BUTTON, named("Send verification code")).click();
            PaymentMethods.confirmCode(onIt, phone.latestCode());
            SimulatedWallets.approve(onIt, PASSWORD);

            onIt.getByRole(AriaRole.LINK, namedExactly("Continue to pay your order")).click();
            assertThat(onIt).hasURL(payPage);
            assertThat(onIt.getByRole(AriaRole.BUTTON, namedExactly("Pay ¥68.00"))).isVisible();
        }
    }

    @Test
    void replacingTheWalletOnANewPhone_reconfirmsItFirst_andBindingEndsBackAtPayingTheOrder(Page page,
                                                                                           MovableClock clock) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.register(page, customer);
        SimulatedWallets.openAccount(page, "Alipay", customer.phone(), customer.name(), "300", PASSWORD);
        SimulatedWallets.openAccount(page, "WeChat Pay", customer.phone(), customer.name(), "300", PASSWORD);
        Storefront.logIn(page, customer.phone(), customer.password());
        SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());
        PaymentMethods.bind(page, "Alipay", customer.phone(), phone, PASSWORD);
        clock.moveOn(Duration.ofMinutes(2));

        try (BrowserContext newPhone = anotherBrowser(page)) {
            Page onIt = newPhone.newPage();
            onIt.setViewportSize(390, 844);
            logInTrusting(onIt, phone, customer);
            String order = Checkout.placeOrder(onIt, TEA);
            String orderPage = onIt.url();
            // The link a payment that found no wallet in the wallet app offers: bind one for this order.
            onIt.navigate("/account/security/payment-methods/add?order=" + orderId(orderPage));
            onIt.getByRole(AriaRole.LINK, namedExactly("WeChat Pay")).click();
            onIt.getByLabel("WeChat Pay account").fill(customer.phone());
            onIt.getByRole(AriaRole.BUTTON, named("Send verification code")).click();
            onIt.getByRole(AriaRole.BUTTON, named("Replace my wallet")).click();
            SimulatedWallets.approve(onIt, PASSWORD);

            assertThat(onIt.getByText("Your current wallet is confirmed on this device. Choose the new wallet "
                    + "and type its account again to replace it.")).isVisible();
            clock.moveOn(Duration.ofMinutes(2));
            onIt.getByRole(AriaRole.LINK, namedExactly("WeChat Pay")).click();
            onIt.getByLabel("WeChat Pay account").fill(customer.phone());
            onIt.getByRole(AriaRole.BUTTON, named("Send verification code")).click();
            onIt.getByRole(AriaRole.BUTTON, named("Replace my wallet")).click();
            PaymentMethods.confirmCode(onIt, phone.latestCode());
            SimulatedWallets.approve(onIt, PASSWORD);

            onIt.getByRole(AriaRole.LINK, namedExactly("Continue to pay your order")).click();
            assertThat(onIt).hasURL(Pattern.compile("/orders/" + orderId(orderPage) + "/pay$"));
            assertThat(onIt.getByRole(AriaRole.HEADING, namedExactly("Pay for order " + order))).isVisible();
        }
    }

    @Test
    void theCheckAskedForBeforeBinding_hasItsOwnAddress_andAReloadInEitherLanguageSendsNothing(Page page,
                                                                                            MovableClock clock) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.register(page, customer);
        SimulatedWallets.openAccount(page, "Alipay", customer.phone(), customer.name(), "300", PASSWORD);
        Storefront.logIn(page, customer.phone(), customer.password());
        SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());

        try (BrowserContext otherDevice = anotherBrowser(page)) {
            Page onIt = otherDevice.newPage();
            onIt.setViewportSize(390, 844);
            logInWithoutTrusting(onIt, phone, customer);
            String order = Checkout.placeOrder(onIt, TEA);
            Checkout.payNow(onIt, order);
            String payPage = onIt.url();
            clock.moveOn(Duration.ofMinutes(2));
            bindFromThePaymentPage(onIt, customer.phone());
            int textsBefore = phone.messages().count();

            assertThat(onIt).hasURL(Pattern.compile("/verify\\?action=BIND_WALLET&factor=SMS_CODE&order="
                    + orderId(payPage) + "&next="));
            onIt.reload();
            assertThat(onIt.getByRole(AriaRole.HEADING, namedExactly("Please confirm it is you"))).isVisible();
            assertThat(onIt.getByRole(AriaRole.STATUS)).hasText("Binding this wallet is unusual for your account, so"
                    + " we need one more check before it goes ahead. Nothing was changed yet.");
            onIt.getByRole(AriaRole.LINK, namedExactly("中文")).click();
            onIt.reload();
            assertThat(onIt.getByRole(AriaRole.HEADING, namedExactly("请确认是您本人操作"))).isVisible();
            assertThat(onIt.getByRole(AriaRole.BUTTON, namedExactly("发送短信验证码"))).isVisible();
            assertThat(phone.messages()).hasCount(textsBefore);

            onIt.getByRole(AriaRole.LINK, namedExactly("English")).click();
            onIt.getByRole(AriaRole.BUTTON, namedExactly("Send me a code by SMS")).click();
            onIt.getByLabel("6-digit code").fill(phone.latestCode());
            onIt.getByRole(AriaRole.BUTTON, namedExactly("Verify")).click();
            assertThat(onIt.getByRole(AriaRole.HEADING, namedExactly("Bind Alipay"))).isVisible();
            assertThat(onIt).hasURL(Pattern.compile("/account/security/payment-methods/add/alipay\\?verified&order="
                    + orderId(payPage) + "$"));
        }
    }

    /** On the payment page of an order that has no wallet to pay with: "Bind a wallet", Alipay, its account. */
    private static void bindFromThePaymentPage(Page page, String account) {
        page.getByRole(AriaRole.LINK, namedExactly("Bind a wallet")).click();
        page.getByRole(AriaRole.LINK, namedExactly("Alipay")).click();
        page.getByLabel("Alipay account").fill(account);
        page.getByRole(AriaRole.BUTTON, named("Send verification code")).click();
    }

    private static void logInWithoutTrusting(Page onIt, SimulatedPhone phone, NewCustomer customer) {
        logIn(onIt, phone, customer, false);
    }

    private static void logInTrusting(Page onIt, SimulatedPhone phone, NewCustomer customer) {
        logIn(onIt, phone, customer, true);
    }

    /** Logs in on a browser of its own, proving the phone with the code sent to it. */
    private static void logIn(Page onIt, SimulatedPhone phone, NewCustomer customer, boolean trust) {
        onIt.navigate("/login");
        onIt.getByLabel("Mobile number or email").fill(customer.phone());
        onIt.getByLabel("Password", exactly()).fill(customer.password());
        onIt.getByRole(AriaRole.BUTTON, named("Log in")).click();
        onIt.getByLabel("Verification code").fill(phone.latestCode());
        if (trust) {
            onIt.getByLabel("Trust this device").check();
        }
        onIt.getByRole(AriaRole.BUTTON, named("Confirm and log in")).click();
        assertThat(onIt.getByRole(AriaRole.HEADING, named("My account"))).isVisible();
    }

    private static BrowserContext anotherBrowser(Page page) {
        Browser browser = page.context().browser();
        return browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(URI.create(page.url()).resolve("/").toString())
                .setLocale("en-US"));
    }

    /** The order's id, from the address of its page or its payment page. */
    private static String orderId(String orderAddress) {
        return URI.create(orderAddress).getPath().replaceFirst("^/orders/([^/]+).*$", "$1");
    }
}
