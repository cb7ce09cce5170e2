package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static java.util.Map.entry;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A customer who starts paying an order and is sent to bind a wallet comes back to paying that order, whatever detour
 * the binding takes on the way: declining in the wallet app, proving it is them with an SMS code on a device they do
 * not trust, or re-confirming the wallet they replace on a new phone. At phone width, each detour in English and in
 * Chinese: the customer opens the order for paying, then chooses the language the detour is taken in.
 */
@Order(2)
@BrowserFlowTest
@WithoutDemoCampaigns
class PayingThroughDetoursTest {

    private static final String TEA = "Jasmine tea, 250 g";
    private static final String PASSWORD = "642087";

    @ParameterizedTest
    @EnumSource(Language.class)
    void declinedInTheWalletApp_thePageLeadsBackToPayingTheOrder_andBindingAgainStillDoes(Language language,
                                                                                         Page page) {
        page.setViewportSize(390, 844);
        NewCustomer customer = Storefront.signedUpWithWalletAccounts(page, PASSWORD, "Alipay");
        String order = Checkout.payNowForANewOrderOverHttp(page, TEA);
        String payPage = page.url();
        language.choose(page);

        bindFromThePaymentPage(page, customer.phone(), language);
        confirmCode(page, SimulatedPhone.beside(page, customer.phone()).latestCode(), language);
        page.getByRole(AriaRole.BUTTON, namedExactly(language.says("Reject"))).click();

        assertThat(page.getByRole(AriaRole.HEADING, named(language.says("You declined the binding")))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly(language.says("Start again"))))
                .hasAttribute("href", "/account/security/payment-methods/add?order=" + orderId(payPage));
        page.getByRole(AriaRole.LINK, namedExactly(language.says("Back to paying your order"))).click();
        assertThat(page).hasURL(payPage);
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly(language.says("Pay for order") + " " + order)))
                .isVisible();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anSmsCodeAskedForOnADeviceNotTrusted_leadsOnToBinding_andBackToPayingTheOrder(Language language, Page page,
                                                                                       MovableClock clock) {
        try (DeviceNotTrusted device = payingOnADeviceNotTrusted(page)) {
            Page onIt = device.page();
            SimulatedPhone phone = device.phone();
            NewCustomer customer = device.customer();
            String payPage = onIt.url();
            language.choose(onIt);

            clock.moveOn(Duration.ofMinutes(2));
            bindFromThePaymentPage(onIt, customer.phone(), language);
            assertThat(onIt.getByRole(AriaRole.HEADING, namedExactly(language.says("Please confirm it is you"))))
                    .isVisible();
            onIt.getByRole(AriaRole.BUTTON, namedExactly(language.says("Send me a code by SMS"))).click();
            onIt.getByLabel(language.says("6-digit code")).fill(phone.latestCode());
            onIt.getByRole(AriaRole.BUTTON, namedExactly(language.says("Verify"))).click();

            assertThat(onIt.getByRole(AriaRole.HEADING, namedExactly(language.says("Bind Alipay")))).isVisible();
            clock.moveOn(Duration.ofMinutes(2));
            onIt.getByLabel(language.says("Alipay account")).fill(customer.phone());
            onIt.getByRole(AriaRole.BUTTON, named(language.says("Send verification code"))).click();
            confirmCode(onIt, phone.latestCode(), language);
            approveInTheWalletApp(onIt, language);

            onIt.getByRole(AriaRole.LINK, namedExactly(language.says("Continue to pay your order"))).click();
            assertThat(onIt).hasURL(payPage);
            assertThat(onIt.getByRole(AriaRole.BUTTON, namedExactly(language.says("Pay") + " ¥68.00"))).isVisible();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void replacingTheWalletOnANewPhone_reconfirmsItFirst_andBindingEndsBackAtPayingTheOrder(Language language,
                                                                                           Page page,
                                                                                           MovableClock clock) {
        NewCustomer customer = Storefront.signedUpWithWalletAccounts(page, PASSWORD, "Alipay", "WeChat Pay");
        SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());
        PaymentMethods.bindOverHttp(page, "Alipay", customer.phone(), phone, PASSWORD);
        clock.moveOn(Duration.ofMinutes(2));

        try (BrowserContext newPhone = anotherBrowser(page)) {
            Page onIt = newPhone.newPage();
            onIt.setViewportSize(390, 844);
            logInTrusting(onIt, phone, customer);
            String order = Checkout.placeOrderOverHttp(onIt, TEA);
            String orderPage = onIt.url();
            language.choose(onIt);
            // The link a payment that found no wallet in the wallet app offers: bind one for this order.
            onIt.navigate("/account/security/payment-methods/add?order=" + orderId(orderPage));
            replaceWithWeChatPay(onIt, customer.phone(), language);
            approveInTheWalletApp(onIt, language);

            assertThat(onIt.getByText(language.says("Your current wallet is confirmed on this device. Choose the new "
                    + "wallet and type its account again to replace it."))).isVisible();
            clock.moveOn(Duration.ofMinutes(2));
            replaceWithWeChatPay(onIt, customer.phone(), language);
            confirmCode(onIt, phone.latestCode(), language);
            approveInTheWalletApp(onIt, language);

            onIt.getByRole(AriaRole.LINK, namedExactly(language.says("Continue to pay your order"))).click();
            assertThat(onIt).hasURL(Pattern.compile("/orders/" + orderId(orderPage) + "/pay$"));
            assertThat(onIt.getByRole(AriaRole.HEADING, namedExactly(language.says("Pay for order") + " " + order)))
                    .isVisible();
        }
    }

    @Test
    void theCheckAskedForBeforeBinding_hasItsOwnAddress_andAReloadInEitherLanguageSendsNothing(Page page,
                                                                                            MovableClock clock) {
        try (DeviceNotTrusted device = payingOnADeviceNotTrusted(page)) {
            Page onIt = device.page();
            String payPage = onIt.url();
            clock.moveOn(Duration.ofMinutes(2));
            bindFromThePaymentPage(onIt, device.customer().phone(), Language.ENGLISH);
            int textsBefore = device.phone().messages().count();

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
            assertThat(device.phone().messages()).hasCount(textsBefore);

            onIt.getByRole(AriaRole.LINK, namedExactly("English")).click();
            onIt.getByRole(AriaRole.BUTTON, namedExactly("Send me a code by SMS")).click();
            onIt.getByLabel("6-digit code").fill(device.phone().latestCode());
            onIt.getByRole(AriaRole.BUTTON, namedExactly("Verify")).click();
            assertThat(onIt.getByRole(AriaRole.HEADING, namedExactly("Bind Alipay"))).isVisible();
            assertThat(onIt).hasURL(Pattern.compile("/account/security/payment-methods/add/alipay\\?verified&order="
                    + orderId(payPage) + "$"));
        }
    }

    /** On the payment page of an order that has no wallet to pay with: "Bind a wallet", Alipay, its account. */
    private static void bindFromThePaymentPage(Page page, String account, Language language) {
        page.getByRole(AriaRole.LINK, namedExactly(language.says("Bind a wallet"))).click();
        page.getByRole(AriaRole.LINK, namedExactly(language.says("Alipay"))).click();
        page.getByLabel(language.says("Alipay account")).fill(account);
        page.getByRole(AriaRole.BUTTON, named(language.says("Send verification code"))).click();
    }

    /** On the page of wallets to bind, with Alipay bound: WeChat Pay, its account, and "Replace my wallet". */
    private static void replaceWithWeChatPay(Page page, String account, Language language) {
        page.getByRole(AriaRole.LINK, namedExactly(language.says("WeChat Pay"))).click();
        page.getByLabel(language.says("WeChat Pay account")).fill(account);
        page.getByRole(AriaRole.BUTTON, named(language.says("Send verification code"))).click();
        page.getByRole(AriaRole.BUTTON, named(language.says("Replace my wallet"))).click();
    }

    /** Types the code on the "Enter the verification code" page and confirms it. */
    private static void confirmCode(Page page, String code, Language language) {
        page.getByLabel(language.says("Verification code")).fill(code);
        page.getByRole(AriaRole.BUTTON, namedExactly(language.says("Confirm"))).click();
    }

    /** In the simulated wallet app, which speaks the store's language: the payment password, and "Approve". */
    private static void approveInTheWalletApp(Page page, Language language) {
        page.getByLabel(language.says("Payment password"), exactly()).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, namedExactly(language.says("Approve"))).click();
    }

    /**
     * The customer's second device, which they log in on without trusting it (the device they first logged in on is
     * theirs), at phone width, on the payment page of an order placed there. Closing it closes its browser.
     */
    private record DeviceNotTrusted(BrowserContext browser, Page page, SimulatedPhone phone, NewCustomer customer)
            implements AutoCloseable {

        @Override
        public void close() {
            browser.close();
        }
    }

    private static DeviceNotTrusted payingOnADeviceNotTrusted(Page page) {
        NewCustomer customer = Storefront.signedUpWithWalletAccounts(page, PASSWORD, "Alipay");
        SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());
        BrowserContext otherDevice = anotherBrowser(page);
        Page onIt = otherDevice.newPage();
        onIt.setViewportSize(390, 844);
        logIn(onIt, phone, customer, false);
        Checkout.payNowForANewOrderOverHttp(onIt, TEA);
        return new DeviceNotTrusted(otherDevice, onIt, phone, customer);
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

    /**
     * The language a detour is taken in, chosen with the link every page offers once the order is opened for paying;
     * what the pages of the detours say in it, as the store's and the simulated wallet's bundles word it.
     */
    enum Language {
        ENGLISH(Map.of()),
        CHINESE(Map.ofEntries(
                entry("Bind a wallet", "绑定钱包"),
                entry("Alipay", "支付宝"),
                entry("Alipay account", "支付宝账户"),
                entry("WeChat Pay", "微信支付"),
                entry("WeChat Pay account", "微信支付账户"),
                entry("Send verification code", "发送验证码"),
                entry("Replace my wallet", "替换我的钱包"),
                entry("Verification code", "验证码"),
                entry("Confirm", "确认"),
                entry("Payment password", "支付密码"),
                entry("Approve", "同意"),
                entry("Reject", "拒绝"),
                entry("You declined the binding", "您拒绝了绑定"),
                entry("Start again", "重新开始"),
                entry("Back to paying your order", "返回支付订单"),
                entry("Pay for order", "支付订单"),
                entry("Pay", "支付"),
                entry("Please confirm it is you", "请确认是您本人操作"),
                entry("Send me a code by SMS", "发送短信验证码"),
                entry("6-digit code", "6 位短信验证码"),
                entry("Verify", "验证"),
                entry("Bind Alipay", "绑定支付宝"),
                entry("Continue to pay your order", "继续支付订单"),
                entry("Your current wallet is confirmed on this device. Choose the new wallet and type its account "
                        + "again to replace it.", "您当前的钱包已在此设备上确认。请重新选择新钱包并输入其账户，以完成替换。")));

        private final Map<String, String> fromEnglish;

        Language(Map<String, String> fromEnglish) {
            this.fromEnglish = fromEnglish;
        }

        /** Chooses the language on the page, if it is not the English every browser here starts in. */
        void choose(Page page) {
            if (this == CHINESE) {
                page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
            }
        }

        /** What the pages say in this language where they say {@code english} in English. */
        String says(String english) {
            if (this == ENGLISH) {
                return english;
            }
            String said = fromEnglish.get(english);
            if (said == null) {
                throw new IllegalArgumentException("no Chinese for \"" + english + "\"");
            }
            return said;
        }
    }

    /** The order's id, from the address of its page or its payment page. */
    private static String orderId(String orderAddress) {
        return URI.create(orderAddress).getPath().replaceFirst("^/orders/([^/]+).*$", "$1");
    }
}
