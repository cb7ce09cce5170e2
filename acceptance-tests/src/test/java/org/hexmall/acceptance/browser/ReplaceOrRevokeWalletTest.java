package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.named;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What becomes of a bound wallet: another one replaces it (one wallet at a time is hexmall's policy here),
 * or the shopper cancels hexmall's authorization inside the wallet app, and hexmall learns of it.
 * <p>
 * The shoppers are the demo customers, whose wallet accounts at the simulated providers come with the demo
 * data, one customer per test.
 */
@BrowserFlowTest
class ReplaceOrRevokeWalletTest {

    @Test
    void aSecondWalletReplacesTheFirstOnlyAfterTheShopperConfirms(Page page, MovableClock clock) {
        Storefront.logIn(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);
        SimulatedPhone phone = SimulatedPhone.beside(page, Storefront.LI_LEI_PHONE);
        PaymentMethods.bind(page, "Alipay", "13800000001", phone, SimulatedWallets.LI_LEI_PAYMENT_PASSWORD);
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
    void cancellingTheAuthorizationInTheWalletAppRemovesTheWalletFromHexmall(Page page) {
        Storefront.logIn(page, Storefront.HAN_MEIMEI_PHONE, Storefront.HAN_MEIMEI_PASSWORD);
        PaymentMethods.bind(page, "Alipay", "13800000002", SimulatedPhone.beside(page, Storefront.HAN_MEIMEI_PHONE),
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
        SupportConsole.openCustomer(page, Storefront.HAN_MEIMEI_PHONE, "Han Meimei");
        assertThat(SupportConsole.binding(page, "Alipay 138****0002 Revoked in the wallet app")).isVisible();
    }
}
