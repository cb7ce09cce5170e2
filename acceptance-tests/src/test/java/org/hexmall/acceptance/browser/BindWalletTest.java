package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A shopper binds a wallet as the guides describe (账户与安全 → 支付方式 → 添加), and unbinds it again.
 * <p>
 * The shoppers are the demo customers, because only they have wallet accounts at the simulated providers
 * (the demo control page cannot open one for a new customer). This class has its own hexmall, so each
 * starts with no wallet bound; each test uses a different one, so that no test sees another's wallet.
 */
@BrowserFlowTest
class BindWalletTest {

    @Test
    void liLeiBindsHisAlipayWithTheCodeFromHisPhoneAndApprovalInTheAlipayApp(Page page) {
        Storefront.logIn(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);
        page.getByRole(AriaRole.LINK, named("Account & security")).click();
        page.getByRole(AriaRole.LINK, named("Payment methods")).click();
        assertThat(page.getByText(PaymentMethods.NONE_BOUND)).isVisible();

        page.getByRole(AriaRole.LINK, namedExactly("Add payment method")).click();
        page.getByRole(AriaRole.LINK, namedExactly("Alipay")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Bind Alipay"))).isVisible();
        page.getByLabel("Alipay account (mobile number or email)").fill("13800000001");
        page.getByRole(AriaRole.BUTTON, named("Send verification code")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
        SimulatedPhone phone = SimulatedPhone.beside(page, Storefront.LI_LEI_PHONE);
        page.getByLabel("Verification code").fill(phone.latestCode());
        page.getByRole(AriaRole.BUTTON, namedExactly("Confirm")).click();

        assertThat(page.getByRole(AriaRole.NOTE)).hasText("Simulated Alipay — not the real app");
        assertThat(page.getByText("hexmall asks to bind your Alipay account 138****0001")).isVisible();
        page.getByRole(AriaRole.BUTTON, namedExactly("Approve")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("Your wallet is bound"))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Alipay 138****0001 is now bound to your hexmall account.");
        page.getByRole(AriaRole.LINK, named("Back to payment methods")).click();
        PaymentMethods.assertBoundWallets(page, "Alipay 138****0001");
        assertThat(page.getByText(PaymentMethods.NONE_BOUND)).not().isAttached();
    }

    @Test
    void unbindingAsksForConfirmationThenLeavesNoWalletBound(Page page) {
        Storefront.logIn(page, Storefront.HAN_MEIMEI_PHONE, Storefront.HAN_MEIMEI_PASSWORD);
        PaymentMethods.bind(page, "Alipay", "13800000002",
                SimulatedPhone.beside(page, Storefront.HAN_MEIMEI_PHONE));
        PaymentMethods.open(page);

        page.getByRole(AriaRole.LINK, namedExactly("Unbind Alipay 138****0002")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Unbind Alipay 138****0002?"))).isVisible();
        assertThat(page.getByText("You will not be able to pay with this wallet until you bind it again."))
                .isVisible();
        page.getByRole(AriaRole.BUTTON, namedExactly("Unbind")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The wallet is unbound. You can bind it again at any time.");
        assertThat(page.getByText(PaymentMethods.NONE_BOUND)).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, named("Bound wallets"))).not().isAttached();
    }
}
