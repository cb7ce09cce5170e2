package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactlyWithin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ways binding fails that the guides list, each with its own message and next step: a wallet hexmall
 * does not support, a typing mistake, declining in the wallet app, a wrong payment password in the wallet
 * app, a wallet provider that cannot be reached, and a binding the risk rules hold, then the hold that follows.
 * <p>
 * Tests that never reach a wallet use new customers. Those that do use the demo customers and their wallet
 * accounts, or a new customer who opens a simulated account first; one customer per test.
 */
@BrowserFlowTest
class BindWalletFailuresTest {

    private static final String SUPPORTED = "hexmall supports WeChat Pay, Alipay, JD Pay and UnionPay QuickPass.";

    /** A fault left on by a failed test would fail the next one in this class for the wrong reason. */
    @AfterEach
    void everyProviderBehavesNormallyAgain(Page page) {
        SimulatedWallets.faultsAlreadyCleared(page);
    }

    @Test
    void payPalAndApplePayAreShownAsNotSupportedWithTheirReasonsAndCannotBeBoundEvenByAddress(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        PaymentMethods.open(page);
        page.getByRole(AriaRole.LINK, namedExactly("Add payment method")).click();

        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Alipay"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("Not supported"))).isVisible();
        assertThat(notSupported(page, "PayPal"))
                .containsText("PayPal is not offered to customers of hexmall in mainland China.");
        assertThat(notSupported(page, "Apple Pay"))
                .containsText("Apple Pay binds bank cards on a device, not a wallet account, so it cannot be bound here.");
        assertThat(page.getByRole(AriaRole.LINK, named("PayPal"))).not().isAttached();
        assertThat(page.getByRole(AriaRole.LINK, named("Apple Pay"))).not().isAttached();

        page.navigate("/account/security/payment-methods/add/paypal");

        Locator problem = page.getByRole(AriaRole.ALERT);
        assertThat(problem).containsText("PayPal cannot be bound to hexmall.");
        assertThat(problem).containsText(SUPPORTED);
        assertThat(page.getByRole(AriaRole.BUTTON, named("Send verification code"))).not().isAttached();
        assertThat(page.getByRole(AriaRole.LINK, named("Choose another wallet"))).isVisible();
    }

    @Test
    void anAccountTypedWithAnExtraSpaceIsPointedOutAndNoCodeIsSent(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());

        PaymentMethods.startBinding(page, "Alipay", "138 00000001");

        Locator account = page.getByLabel("Alipay account (mobile number or email)");
        assertThat(account).hasAccessibleDescription(
                "There is a space at position 4. Remove it: wallet accounts never contain spaces.");
        // The answer is the form's own address, which a reload does not send again; a wallet account never travels
        // in an address, so it is typed again.
        assertThat(page).hasURL(Pattern.compile("/payment-methods/add/alipay\\?problem=invalid&"));
        assertThat(account).hasValue("");
        page.reload();
        assertThat(account).hasAccessibleDescription(
                "There is a space at position 4. Remove it: wallet accounts never contain spaces.");
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).not().isAttached();
        SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());
        assertThat(phone.screen().getByText("No messages yet.")).isVisible();
    }

    @Test
    void decliningInTheWalletAppSaysSoAndBindsNothing_andAReloadOrTheLanguageSwitchSaysTheSame(Page page) {
        Storefront.alreadyLoggedIn(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);
        SimulatedPhone phone = SimulatedPhone.beside(page, Storefront.LI_LEI_PHONE);
        PaymentMethods.startBinding(page, "Alipay", "13800000001");
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
        PaymentMethods.confirmCode(page, phone.latestCode());

        page.getByRole(AriaRole.BUTTON, namedExactly("Reject")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("You declined the binding"))).isVisible();
        assertThat(page.getByText("You declined the binding in the wallet app, so nothing was bound.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named("Start again"))).isVisible();
        assertThat(page).hasURL(Pattern.compile("/payment-methods/bindings/[0-9a-f-]{36}/not-bound$"));
        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, named("You declined the binding"))).isVisible();
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("您拒绝了绑定"))).isVisible();
        assertThat(page.getByText("无法确认钱包的答复")).not().isAttached();
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();
        PaymentMethods.open(page);
        assertThat(page.getByText(PaymentMethods.NONE_BOUND)).isVisible();
        Locator stopped = page.getByRole(AriaRole.REGION, namedExactly("Your last binding did not go through"));
        assertThat(stopped).containsText("Alipay 138****0001 Failed at the confirmation in the Alipay app");
        assertThat(stopped).containsText("You declined binding Alipay 138****0001 in the Alipay app, so nothing was "
                + "bound.");
        assertThat(stopped).containsText("If you meant to bind it, start again and approve it in the Alipay app.");
        assertThat(stopped.getByRole(AriaRole.LINK, namedExactlyWithin("Start binding Alipay 138****0001 again")))
                .hasAttribute("href", "/account/security/payment-methods/add/alipay");
        assertThat(page.getByRole(AriaRole.REGION, namedExactly("Bindings under way"))).not().isAttached();
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        Locator chinese = page.getByRole(AriaRole.REGION, namedExactly("您最近一次绑定没有完成"));
        assertThat(chinese).containsText("在支付宝应用确认步骤失败");
        assertThat(chinese).containsText("您在支付宝应用中拒绝了绑定支付宝 138****0001，因此没有绑定任何钱包。");
        assertThat(chinese).containsText("如果您确实想绑定，请重新开始，并在支付宝应用中同意。");
    }

    @Test
    void aWrongPaymentPasswordInTheAlipayAppShowsTheAttemptsLeftAndBindsNothingUntilTheRightOne(Page page) {
        NewCustomer customer = NewCustomer.unique();
        String maskedPhone = customer.phone().substring(0, 3) + "****" + customer.phone().substring(7);
        Storefront.alreadyRegistered(page, customer);
        SimulatedWallets.accountAlreadyOpen(page, "Alipay", customer.phone(), customer.name(), "100", "975310");
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());
        PaymentMethods.startBinding(page, "Alipay", customer.phone());
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
        PaymentMethods.confirmCode(page, phone.latestCode());

        SimulatedWallets.approve(page, "975311");

        assertThat(page.getByLabel("Payment password", exactly()))
                .hasAccessibleDescription("Wrong payment password. 2 attempts left.");
        assertThat(page.getByText("hexmall asks to bind your Alipay account " + maskedPhone)).isVisible();
        Page shop = page.context().newPage();
        PaymentMethods.open(shop);
        assertThat(shop.getByText(PaymentMethods.NONE_BOUND)).isVisible();

        SimulatedWallets.approve(page, "975310");

        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Alipay " + maskedPhone + " is now bound to your hexmall account.");
        PaymentMethods.open(shop);
        PaymentMethods.assertBoundWallets(shop, "Alipay " + maskedPhone);
    }

    @Test
    void whenAlipayIsDownTheConfirmedCodeIsKeptAndTryAgainGoesStraightToAlipayOnceItIsBack(Page page) {
        Page simulatedWallets = page.context().newPage();
        SimulatedWallets.makeBehave(simulatedWallets, "Alipay", "Provider down: answers \"unavailable\" at once");
        Storefront.alreadyLoggedIn(page, Storefront.HAN_MEIMEI_PHONE, Storefront.HAN_MEIMEI_PASSWORD);
        SimulatedPhone phone = SimulatedPhone.beside(page, Storefront.HAN_MEIMEI_PHONE);
        PaymentMethods.startBinding(page, "Alipay", "13800000002");
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
        PaymentMethods.confirmCode(page, phone.latestCode());

        assertThat(page.getByRole(AriaRole.HEADING, named("Alipay cannot be reached right now"))).isVisible();
        assertThat(page.getByText("your code is confirmed, and you can try again without starting over"))
                .isVisible();

        SimulatedWallets.makeBehave(simulatedWallets, "Alipay", "Normally");
        page.getByRole(AriaRole.BUTTON, namedExactly("Try again")).click();

        assertThat(page.getByText("hexmall asks to bind your Alipay account 138****0002")).isVisible();
        SimulatedWallets.approve(page, SimulatedWallets.HAN_MEIMEI_PAYMENT_PASSWORD);
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Alipay 138****0002 is now bound to your hexmall account.");
        assertThat(phone.messages()).hasCount(1);
    }

    @Test
    void aBindingLeftWhileAlipayWasDown_waitsOnPaymentMethodsSayingWhy_andGoesOnFromThere_inEnglishAndChinese(
            Page page) {
        Page simulatedWallets = page.context().newPage();
        SimulatedWallets.makeBehave(simulatedWallets, "Alipay", "Provider down: answers \"unavailable\" at once");
        NewCustomer customer = Storefront.signedUpWithWalletAccounts(page, "975310", "Alipay");
        String masked = SimulatedPhone.masked(customer.phone());
        SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());
        PaymentMethods.startBinding(page, "Alipay", customer.phone());
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
        PaymentMethods.confirmCode(page, phone.latestCode());
        assertThat(page.getByRole(AriaRole.HEADING, named("Alipay cannot be reached right now"))).isVisible();
        SimulatedWallets.makeBehave(simulatedWallets, "Alipay", "Normally");

        PaymentMethods.open(page);

        assertThat(page.getByText(PaymentMethods.NONE_BOUND)).isVisible();
        Locator underWay = page.getByRole(AriaRole.REGION, namedExactly("Bindings under way"));
        assertThat(underWay).containsText("Alipay " + masked + " Waiting for your confirmation in the Alipay app");
        assertThat(underWay).containsText("Alipay could not be reached: there was network trouble, or Alipay was "
                + "busy. Your code is confirmed, so you can try again without starting over.");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        Locator chinese = page.getByRole(AriaRole.REGION, namedExactly("正在进行的绑定"));
        assertThat(chinese).containsText("等待您在支付宝应用中确认");
        assertThat(chinese).containsText("暂时无法连接支付宝：网络出现问题，或支付宝繁忙。您的验证码已确认，无需重新开始，重试即可。");
        assertThat(chinese.getByRole(AriaRole.BUTTON)).hasText("继续在支付宝应用中确认");
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();

        underWay.getByRole(AriaRole.BUTTON,
                namedExactlyWithin("Continue binding Alipay " + masked + " in the Alipay app")).click();
        assertThat(page.getByText("hexmall asks to bind your Alipay account " + masked)).isVisible();
        SimulatedWallets.approve(page, "975310");
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Alipay " + masked + " is now bound to your hexmall account.");
        assertThat(phone.messages()).hasCount(1);
        PaymentMethods.open(page);
        PaymentMethods.assertBoundWallets(page, "Alipay " + masked);
        assertThat(page.getByRole(AriaRole.REGION, namedExactly("Bindings under way"))).not().isAttached();
    }

    @Test
    void aFourthBindingWithinMinutesIsHeld_andTheHoldRefusesTheNextPastTheRulesWindow_inEnglishAndChinese(Page page,
            MovableClock clock) {
        NewCustomer customer = NewCustomer.unique();
        String masked = customer.phone().substring(0, 3) + "****" + customer.phone().substring(7);
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        for (int binding = 1; binding <= 3; binding++) {
            PaymentMethods.startBinding(page, "Alipay", customer.phone());
            assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
            clock.moveOn(Duration.ofMinutes(1)); // the phone takes one code a minute
        }

        PaymentMethods.startBinding(page, "Alipay", customer.phone());
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Binding this wallet looked unusual for your account, so "
                + "we held it for a security check. Please contact customer service.");

        clock.moveOn(Duration.ofMinutes(11));
        PaymentMethods.startBinding(page, "Alipay", customer.phone());

        String held = "After an unusual attempt on your account, we are holding its payments and wallet bindings for "
                + "your safety. Please contact customer service to have the hold lifted.";
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(held);
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).not().isAttached();
        page.reload();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(held);
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("您的账户近期出现异常操作，为保护您的安全，我们暂停了该账户的"
                + "支付和钱包绑定。请联系客服解除暂停。");

        // The activity page says until when the account is held, read from the hold itself, since nothing is written
        // when a hold ends by its period; the block's own entry names the wallet it held back.
        page.navigate("/account/activity");
        Locator holdNotice = page.locator("#risk-hold");
        assertThat(holdNotice).hasText(Pattern.compile("为保障您的账户安全，账户的付款和钱包绑定已暂停至 "
                + "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}，客服可提前解除，请联系客服。"));
        Locator newest = dataRows(page.getByRole(AriaRole.TABLE)).nth(0);
        assertThat(newest).containsText("被风控拦截");
        assertThat(newest).containsText("支付宝 " + masked);
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();
        assertThat(holdNotice).hasText(Pattern.compile("For your safety, your account’s payments and wallet bindings "
                + "are on hold until \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}, unless customer service lifts the "
                + "hold sooner. Please contact customer service."));
        assertThat(newest).containsText("Alipay " + masked);
        SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());
        assertThat(phone.messages()).hasCount(3); // only the three bindings that went ahead sent a code
    }

    private static Locator notSupported(Page page, String wallet) {
        return page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(wallet));
    }
}
