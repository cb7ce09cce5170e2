package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * A shopper binds a wallet as the guides describe (账户与安全 → 支付方式 → 添加), confirming in the wallet app
 * with its payment password, and unbinds it again.
 * <p>
 * The shoppers are the demo customers, whose wallet accounts at the simulated providers come with the demo
 * data, and a customer who registers and opens a simulated account of their own. This class has its own
 * hexmall, so each starts with no wallet bound; each test uses a different one, so that no test sees
 * another's wallet.
 */
@BrowserFlowTest
class BindWalletTest {

    @Test
    void liLeiBindsHisAlipayWithTheCodeFromHisPhoneAndApprovalInTheAlipayApp(Page page) {
        Storefront.alreadyLoggedInOnMyAccount(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);
        page.getByRole(AriaRole.LINK, named("Account & security")).click();
        page.getByRole(AriaRole.LINK, named("Payment methods")).click();
        assertThat(page.getByText(PaymentMethods.NONE_BOUND)).isVisible();

        page.getByRole(AriaRole.LINK, namedExactly("Add payment method")).click();
        page.getByRole(AriaRole.LINK, namedExactly("Alipay")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Bind Alipay"))).isVisible();
        page.getByLabel("Alipay account (mobile number or email)").fill("13800000001");
        page.getByRole(AriaRole.BUTTON, named("Send verification code")).click();
        assertThat(page.getByText("We sent a 6-digit code by SMS to 138****0001")).isVisible();

        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
        SimulatedPhone phone = SimulatedPhone.beside(page, Storefront.LI_LEI_PHONE);
        page.getByLabel("Verification code").fill(phone.latestCode());
        page.getByRole(AriaRole.BUTTON, namedExactly("Confirm")).click();

        assertThat(page.getByRole(AriaRole.NOTE)).hasText("Simulated Alipay — not the real app");
        assertThat(page.getByText("hexmall asks to bind your Alipay account 138****0001")).isVisible();
        page.getByLabel("Payment password", exactly()).fill(SimulatedWallets.LI_LEI_PAYMENT_PASSWORD);
        page.getByRole(AriaRole.BUTTON, namedExactly("Approve")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("Your wallet is bound"))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Alipay 138****0001 is now bound to your hexmall account.");
        page.getByRole(AriaRole.LINK, named("Back to payment methods")).click();
        PaymentMethods.assertBoundWallets(page, "Alipay 138****0001");
        assertThat(page.getByText(PaymentMethods.NONE_BOUND)).not().isAttached();
    }

    @Test
    void aNewCustomerOpensASimulatedAlipayAccountWithTheirOwnNumberAndBindsIt(Page page) {
        NewCustomer customer = NewCustomer.unique();
        String maskedPhone = customer.phone().substring(0, 3) + "****" + customer.phone().substring(7);
        Storefront.alreadyRegistered(page, customer);

        page.navigate("/mock-wallet");
        page.getByLabel("Wallet", exactly()).selectOption(new SelectOption().setLabel("Alipay"));
        page.getByLabel("Account (mobile number, email or account id)").fill(customer.phone());
        page.getByLabel("Account holder").fill(customer.name());
        page.getByLabel("Balance in yuan").fill("300.50");
        page.getByLabel("Payment password (6 digits)").fill("864209");
        page.getByRole(AriaRole.BUTTON, namedExactly("Open account")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Alipay account " + maskedPhone + " of " + customer.name()
                + " is open. Bind it in the store under Payment methods.");
        Locator openedAccount = dataRows(page.getByRole(AriaRole.TABLE, named("Accounts at Alipay")))
                .filter(new Locator.FilterOptions().setHasText(maskedPhone));
        assertThat(openedAccount).containsText(customer.name());
        assertThat(openedAccount).containsText("¥300.50");

        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        PaymentMethods.bind(page, "Alipay", customer.phone(), SimulatedPhone.beside(page, customer.phone()), "864209");

        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Alipay " + maskedPhone + " is now bound to your hexmall account.");
        PaymentMethods.open(page);
        PaymentMethods.assertBoundWallets(page, "Alipay " + maskedPhone);
    }

    @Test
    void unbindingAsksForConfirmationThenLeavesNoWalletBound(Page page) {
        Storefront.alreadyLoggedIn(page, Storefront.HAN_MEIMEI_PHONE, Storefront.HAN_MEIMEI_PASSWORD);
        PaymentMethods.bind(page, "Alipay", "13800000002",
                SimulatedPhone.beside(page, Storefront.HAN_MEIMEI_PHONE), SimulatedWallets.HAN_MEIMEI_PAYMENT_PASSWORD);
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
