package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedWithin;
import static org.hexmall.acceptance.browser.SimulatedPhone.notThe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The edges of binding and paying a customer meets in the first minute: a binding started from the payment page ends
 * back at the order, the wait for a new code is told to the second, a replaced code says so, a replacement chosen
 * during the wait is kept, and every form's answer is a page a reload cannot send again. Each test has a customer of
 * its own, at phone width where the walk found the edge there.
 */
@Order(2)
@BrowserFlowTest
@WithoutDemoCampaigns
class BindingFlowEdgesTest {

    private static final String TEA = "Jasmine tea, 250 g";
    private static final String PASSWORD = "864209";

    @Test
    void aWalletBoundFromThePaymentPageLeadsBackToPayingThatOrder(Page page) {
        page.setViewportSize(390, 844);
        NewCustomer customer = Storefront.signedUpWithWalletAccounts(page, PASSWORD, "Alipay");
        String order = Checkout.payNowForANewOrderOverHttp(page, TEA);
        String payPage = page.url();

        page.getByRole(AriaRole.LINK, namedExactly("Bind a wallet")).click();
        page.getByRole(AriaRole.LINK, namedExactly("Alipay")).click();
        page.getByLabel("Alipay account").fill(customer.phone());
        page.getByRole(AriaRole.BUTTON, named("Send verification code")).click();
        PaymentMethods.confirmCode(page, SimulatedPhone.beside(page, customer.phone()).latestCode());
        SimulatedWallets.approve(page, PASSWORD);

        assertThat(page.getByRole(AriaRole.HEADING, named("Your wallet is bound"))).isVisible();
        page.getByRole(AriaRole.LINK, namedExactly("Continue to pay your order")).click();
        assertThat(page).hasURL(payPage);
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Pay for order " + order))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("Pay ¥68.00"))).isVisible();
    }

    @Test
    void theWaitForANewCodeIsToldToTheSecondAndAReplacedCodeSaysSoWithoutCostingATry(Page page, MovableClock clock) {
        page.setViewportSize(390, 844);
        NewCustomer customer = Storefront.signedUpWithWalletAccounts(page, PASSWORD, "Alipay");
        SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());
        PaymentMethods.startBinding(page, "Alipay", customer.phone());

        Locator wait = page.getByText(Pattern.compile("^You can ask for a new code in (?:0:[0-5]\\d|1:00)\\.$"));
        assertThat(wait).isVisible();
        String shownFirst = wait.textContent();
        assertThat(page.getByText(shownFirst, new Page.GetByTextOptions().setExact(true))).not().isVisible();

        page.getByRole(AriaRole.BUTTON, namedExactly("Send a new code")).click();
        Pattern tooSoon = Pattern.compile("^A code was sent a moment ago\\. You can ask for a new code in (?:0:[0-5]\\d|1:00)\\.$");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(tooSoon);
        assertThat(page).hasURL(Pattern.compile("/code\\?"));
        page.reload();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(tooSoon);
        assertThat(phone.messages()).hasCount(1);

        String oldCode = phone.latestCode();
        clock.moveOn(Duration.ofSeconds(60));
        page.getByRole(AriaRole.BUTTON, namedExactly("Send a new code")).click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("A new code is on its way. Codes sent before it no longer work.");
        assertThat(phone.messages()).hasCount(2);
        String newCode = phone.latestCode();

        Locator codeField = page.getByLabel("Verification code");
        if (!oldCode.equals(newCode)) {
            PaymentMethods.confirmCode(page, oldCode);
            assertThat(codeField).hasAccessibleDescription("That code was replaced by a newer one; use the latest code. "
                    + "It was not counted as a wrong try.");
        }
        PaymentMethods.confirmCode(page, notThe(newCode).equals(oldCode) ? notThe(oldCode) : notThe(newCode));
        assertThat(codeField).hasAccessibleDescription("That code is not right. 4 attempts left.");
        page.reload();
        assertThat(codeField).hasAccessibleDescription("That code is not right. 4 attempts left.");

        PaymentMethods.confirmCode(page, newCode);
        assertThat(page.getByText("hexmall asks to bind your Alipay account")).isVisible();
    }

    @Test
    void replacingTheWalletDuringTheWaitForANewCodeKeepsTheReplacementChosen(Page page, MovableClock clock) {
        NewCustomer customer = Storefront.signedUpWithWalletAccounts(page, PASSWORD, "Alipay", "JD Pay");
        PaymentMethods.bindOverHttp(page, "Alipay", customer.phone(), SimulatedPhone.beside(page, customer.phone()),
                PASSWORD);

        PaymentMethods.startBinding(page, "JD Pay", customer.phone());
        page.getByRole(AriaRole.BUTTON, namedExactly("Replace my wallet")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText(
                Pattern.compile("^A code was sent a moment ago\\. You can ask for a new code in (?:0:[0-5]\\d|1:00)\\.$"));
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("Replace my wallet"))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Send verification code"))).not().isAttached();

        clock.moveOn(Duration.ofSeconds(60));
        // A wallet account never travels in an address, so the form that waited asks for it again.
        page.getByLabel("JD Pay account").fill(customer.phone());
        page.getByRole(AriaRole.BUTTON, namedExactly("Replace my wallet")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
    }

    @Test
    void theReplacementQuestionHasItsOwnAddressWithoutTheAccount_andAReloadInEitherLanguageSendsNoCode(Page page,
                                                                                                   MovableClock clock) {
        page.setViewportSize(390, 844);
        NewCustomer customer = Storefront.signedUpWithWalletAccounts(page, PASSWORD, "Alipay", "JD Pay");
        String masked = SimulatedPhone.masked(customer.phone());
        SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());
        PaymentMethods.bindOverHttp(page, "Alipay", customer.phone(), phone, PASSWORD);
        clock.moveOn(Duration.ofSeconds(60));

        PaymentMethods.startBinding(page, "JD Pay", customer.phone());

        String question = "You can bind one wallet at a time, and Alipay " + masked
                + " is bound now. Binding this one replaces it.";
        assertThat(page).hasURL(Pattern.compile("/payment-methods/add/jd-pay/replace\\?kept=[0-9a-f-]{36}$"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(question);
        assertThat(page.getByLabel("JD Pay account")).hasValue(masked);
        page.reload();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(question);
        assertThat(page.getByLabel("JD Pay account")).hasValue(masked);
        assertThat(page.locator("body")).not().containsText(customer.phone());
        assertThat(phone.messages()).hasCount(1);

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        page.reload();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("同一时间只能绑定一个钱包，目前已绑定支付宝 " + masked
                + "。绑定此钱包将替换它。");
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("替换我的钱包"))).isVisible();
        // The phone beside the store shows the store's language: back to English to read it.
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();
        assertThat(phone.messages()).hasCount(1);
        page.getByRole(AriaRole.BUTTON, namedExactly("Replace my wallet")).click();

        assertThat(page).hasURL(Pattern.compile("/bindings/[0-9a-f-]{36}/code"));
        assertThat(phone.messages()).hasCount(2);
        PaymentMethods.confirmCode(page, phone.latestCode());
        SimulatedWallets.approve(page, PASSWORD);
        assertThat(page.getByText("It replaces your Alipay wallet, which is no longer bound.")).isVisible();
    }

    @Test
    void afterAFailedPaymentTheBrowserLeavesTheSignedAddressAndAReloadIsHarmless(Page page) {
        page.setViewportSize(390, 844);
        NewCustomer customer = NewCustomer.unique();
        String maskedPhone = customer.phone().substring(0, 3) + "****" + customer.phone().substring(7);
        Storefront.alreadyRegistered(page, customer);
        SimulatedWallets.accountAlreadyOpen(page, "Alipay", customer.phone(), customer.name(), "1", PASSWORD);
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        PaymentMethods.bindOverHttp(page, "Alipay", customer.phone(), SimulatedPhone.beside(page, customer.phone()),
                PASSWORD);
        String order = Checkout.placeOrderOverHttp(page, TEA);
        Checkout.goPay(page, order, "Alipay " + maskedPhone, "¥68.00");

        SimulatedWallets.pay(page, PASSWORD);

        Checkout.assertPaymentFailed(page, "Not enough balance in your Alipay wallet", order);
        assertThat(page).hasURL(Pattern.compile("/payments/[0-9a-f-]+/failed$"));
        page.reload();
        Checkout.assertPaymentFailed(page, "Not enough balance in your Alipay wallet", order);
        assertThat(page.getByText("Top up your Alipay wallet in the Alipay app and pay again.", 
                new Page.GetByTextOptions().setExact(true))).isVisible();
    }

    @Test
    void aRefusedForceUnbindAnswersWithAnAddressAReloadDoesNotSendAgain(Page page) {
        NewCustomer customer = Storefront.signedUpWithWalletAccounts(page, PASSWORD, "Alipay");
        String maskedPhone = customer.phone().substring(0, 3) + "****" + customer.phone().substring(7);
        PaymentMethods.bindOverHttp(page, "Alipay", customer.phone(), SimulatedPhone.beside(page, customer.phone()),
                PASSWORD);
        Storefront.logOut(page);

        SupportConsole.onCustomerPage(page, customer.phone(), customer.name());
        Locator bound = SupportConsole.binding(page, "Alipay " + maskedPhone + " Active");
        bound.getByRole(AriaRole.BUTTON, namedWithin("Unbind this wallet")).click();
        bound.getByLabel("Reason for unbinding").fill("Customer lost the phone");
        bound.getByRole(AriaRole.BUTTON, namedWithin("Unbind this wallet")).click();
        // A confirmation whose reason went missing on the way, as a form sent from an old page could be.
        page.locator("input[name=reason]").evaluate("field => field.value = ' '");
        page.getByRole(AriaRole.BUTTON, namedExactly("Yes, unbind this wallet")).click();

        assertThat(page).hasURL(Pattern.compile("/force-unbind\\?reason="));
        assertThat(SupportConsole.binding(page, "Alipay " + maskedPhone + " Active")).isVisible();
        page.reload();
        assertThat(SupportConsole.binding(page, "Alipay " + maskedPhone + " Active")).isVisible();
        assertThat(page.getByText("The wallet is unbound, and your action is in the audit log.")).not().isAttached();
    }

    @Test
    void oddValuesInTheAddressesOfBindingAndPaymentPagesAreIgnoredAndNeverAnError(Page page) {
        NewCustomer customer = Storefront.signedUpWithWalletAccounts(page, PASSWORD, "Alipay");
        PaymentMethods.startBinding(page, "Alipay", customer.phone());
        String codePage = page.url().replaceFirst("\\?.*$", "");

        assertEquals(200, page.navigate(codePage + "?next-code-at=999999999999&problem=too-soon&left=99&to=%3Cb%3E")
                .status());
        assertThat(page.getByRole(AriaRole.ALERT)).not().isAttached();
        assertThat(page.getByText("You can ask for a new code in")).not().isAttached();
        // The page names the account's own number, whatever number its address names.
        page.navigate(codePage + "?to=139****0303");
        assertThat(page.getByText("We sent a 6-digit code by SMS to " + SimulatedPhone.masked(customer.phone())
                + ", the mobile number of your hexmall account.")).isVisible();
        assertThat(page.locator("main")).not().containsText("139****0303");
        assertEquals(200, page.navigate(codePage + "?problem=%3Cscript%3E&order=javascript:alert(1)").status());
        assertThat(page.getByRole(AriaRole.ALERT)).not().isAttached();
        assertEquals(200, page.navigate("/account/security/payment-methods/add?order=https://example.com/").status());
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Alipay")))
                .hasAttribute("href", "/account/security/payment-methods/add/alipay");
        assertEquals(404, page.navigate("/payments/6f1c2a3e-0000-4000-8000-000000000201/failed?attempts-left=9999999")
                .status());
        assertThat(page.getByText("Exception")).not().isAttached();
    }

    @Test
    void inChineseTheWaitIsToldInSecondsAndAReplacedCodeSaysSo(Page page, MovableClock clock) {
        page.setViewportSize(390, 844);
        NewCustomer customer = Storefront.signedUpWithWalletAccounts(page, PASSWORD, "Alipay");
        SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());
        PaymentMethods.startBinding(page, "Alipay", customer.phone());
        String oldCode = phone.latestCode();
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();

        assertThat(page.getByText(Pattern.compile("^\\d{1,2} 秒后可重新获取验证码。$"))).isVisible();
        page.getByRole(AriaRole.BUTTON, namedExactly("重新发送验证码")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(Pattern.compile("^验证码刚刚已发送，\\d{1,2} 秒后可重新获取。$"));

        clock.moveOn(Duration.ofSeconds(60));
        page.getByRole(AriaRole.BUTTON, namedExactly("重新发送验证码")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("新的验证码已发送，之前的验证码不再有效。");
        page.getByLabel("验证码").fill(oldCode);
        page.getByRole(AriaRole.BUTTON, namedExactly("确认")).click();
        assertThat(page.getByLabel("验证码"))
                .hasAccessibleDescription("该验证码已被新的验证码替换，请使用最新的验证码。本次输入不计入错误次数。");
    }

    @Test
    void aPaymentFormThatCannotBeSentOnAnswersWithTheOrdersPaymentPageAndAReloadPaysNothing(Page page) {
        NewCustomer customer = Storefront.signedUpWithWalletAccounts(page, PASSWORD, "Alipay");
        String maskedPhone = SimulatedPhone.masked(customer.phone());
        PaymentMethods.bindOverHttp(page, "Alipay", customer.phone(), SimulatedPhone.beside(page, customer.phone()),
                PASSWORD);
        String order = Checkout.payNowForANewOrderOverHttp(page, TEA);
        // A form whose one-time key went missing on the way, as one sent from a stale copy of the page could be.
        page.locator("input[name=key]").evaluate("field => field.value = 'stale'");
        Checkout.payWith(page, "Alipay " + maskedPhone, "¥68.00");

        String outOfDate = "This payment form is out of date, so nothing was paid. Check the wallet below and press Pay "
                + "again.";
        assertThat(page).hasURL(Pattern.compile("/orders/[0-9a-f-]+/pay\\?problem=form-expired"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(outOfDate);
        page.reload();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(outOfDate);
        assertThat(Checkout.walletChoice(page, "Alipay " + maskedPhone)).isChecked();
        Checkout.viewTheOrder(page, order);
        assertThat(page.getByRole(AriaRole.TABLE, namedExactly("Payment attempts"))).not().isAttached();
    }
}
