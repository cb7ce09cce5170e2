package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.SimulatedPhone.notThe;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The SMS verification code (验证码) of a binding: five wrong tries, five minutes, and a new code after either.
 * <p>
 * The shoppers are the demo customers, who alone have wallet accounts at the simulated providers, one
 * customer per test. Time passes by moving hexmall's clock, never by waiting.
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
}
