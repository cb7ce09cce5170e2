package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactlyWithin;
import static org.hexmall.acceptance.browser.SimulatedPhone.notThe;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The SMS verification code (验证码) of a binding: five wrong tries, five minutes, and a new code after either.
 * <p>
 * The shoppers are the demo customers, who have wallet accounts at the simulated providers, or a new customer who
 * opens one first; one customer per test. Time passes by moving hexmall's clock, never by waiting.
 */
@BrowserFlowTest
class VerificationCodeTest {

    private static final String ALIPAY_ASKS = "hexmall asks to bind your Alipay account";

    @Test
    void fiveWrongCodesCountDownTheAttemptsThenOnlyANewCodeWorks(Page page, MovableClock clock) {
        Storefront.alreadyLoggedIn(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);
        SimulatedPhone phone = SimulatedPhone.beside(page, Storefront.LI_LEI_PHONE);
        PaymentMethods.startBinding(page, "Alipay", "13800000001");
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
        String code = phone.latestCode();
        String wrong = notThe(code);
        Locator codeField = page.getByLabel("Verification code");

        for (int left = 4; left >= 1; left--) {
            PaymentMethods.confirmCode(page, wrong);
            assertThat(codeField).hasAccessibleDescription(
                    "That code is not right. " + left + (left == 1 ? " attempt left." : " attempts left."));
        }
        PaymentMethods.confirmCode(page, wrong);
        String noLongerWorks = "That code was typed wrong too many times and no longer works. Send a new code.";
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(noLongerWorks);
        PaymentMethods.confirmCode(page, code);
        assertThat(codeField).hasValue(""); // the page has answered: it comes back with an empty field
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(noLongerWorks);

        clock.moveOn(Duration.ofSeconds(60));
        page.getByRole(AriaRole.BUTTON, namedExactly("Send a new code")).click();

        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("A new code is on its way. Codes sent before it no longer work.");
        assertThat(phone.messages()).hasCount(2);
        PaymentMethods.confirmCode(page, phone.latestCode());
        assertThat(page.getByText(ALIPAY_ASKS + " 138****0001")).isVisible();
    }

    @Test
    void aCodeOlderThanFiveMinutesHasExpiredAndANewOneWorks(Page page, MovableClock clock) {
        Storefront.alreadyLoggedIn(page, Storefront.HAN_MEIMEI_PHONE, Storefront.HAN_MEIMEI_PASSWORD);
        SimulatedPhone phone = SimulatedPhone.beside(page, Storefront.HAN_MEIMEI_PHONE);
        PaymentMethods.startBinding(page, "Alipay", "13800000002");
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
        String code = phone.latestCode();

        clock.moveOn(Duration.ofMinutes(5).plusSeconds(1));
        PaymentMethods.confirmCode(page, code);

        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("That code has expired: codes are valid for 5 minutes. Send a new code.");
        page.getByRole(AriaRole.BUTTON, namedExactly("Send a new code")).click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("A new code is on its way. Codes sent before it no longer work.");
        PaymentMethods.confirmCode(page, phone.latestCode());
        assertThat(page.getByText(ALIPAY_ASKS + " 138****0002")).isVisible();
    }

    @Test
    void aBindingLeftAfterFiveWrongCodes_waitsOnPaymentMethodsSayingWhy_andGoesOnWithANewCode(Page page,
            MovableClock clock) {
        NewCustomer customer = Storefront.signedUpWithWalletAccounts(page, "864209", "Alipay");
        String masked = SimulatedPhone.masked(customer.phone());
        SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());
        PaymentMethods.startBinding(page, "Alipay", customer.phone());
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
        String wrong = notThe(phone.latestCode());
        for (int entry = 1; entry <= 5; entry++) {
            PaymentMethods.confirmCode(page, wrong);
        }
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(
                "That code was typed wrong too many times and no longer works. Send a new code.");

        PaymentMethods.open(page);

        Locator underWay = page.getByRole(AriaRole.REGION, namedExactly("Bindings under way"));
        assertThat(underWay.getByRole(AriaRole.LISTITEM)).hasCount(1);
        assertThat(underWay).containsText("Alipay " + masked + " Waiting for the verification code");
        assertThat(underWay).containsText(
                "The code was typed wrong too many times and no longer works. Send a new code to go on.");
        assertThat(underWay).containsText(Pattern.compile(
                "Finish by \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}; after that, it stops and you start again\\."));
        assertThat(underWay.getByRole(AriaRole.LINK, namedExactlyWithin("Start binding Alipay " + masked + " again")))
                .hasAttribute("href", "/account/security/payment-methods/add/alipay");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        Locator chinese = page.getByRole(AriaRole.REGION, namedExactly("正在进行的绑定"));
        assertThat(chinese).containsText("等待输入验证码");
        assertThat(chinese).containsText("该验证码输错次数过多，已失效。请重新获取验证码后继续。");
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();

        underWay.getByRole(AriaRole.LINK, namedExactlyWithin("Enter the code to bind Alipay " + masked)).click();
        clock.moveOn(Duration.ofSeconds(60));
        page.getByRole(AriaRole.BUTTON, namedExactly("Send a new code")).click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("A new code is on its way. Codes sent before it no longer work.");
        PaymentMethods.confirmCode(page, phone.latestCode());
        assertThat(page.getByText(ALIPAY_ASKS + " " + masked)).isVisible();
    }
}
