package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedWithin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A store that lets each customer have two wallets ({@code HEXMALL_MAX_WALLETS=2}): a third one says the real limit
 * and lets the customer choose which wallet it replaces, or keep them all. Time passes between codes by moving
 * hexmall's clock.
 */
@BrowserFlowTest
@WithMaxWallets(2)
class WalletLimitTest {

    private static final String PASSWORD = "864209";

    @Test
    void aThirdWalletSaysTheLimitAndReplacesTheWalletTheCustomerChooses(Page page, MovableClock clock) {
        NewCustomer customer = NewCustomer.unique();
        String masked = SimulatedPhone.masked(customer.phone());
        Storefront.alreadyRegistered(page, customer);
        for (String wallet : new String[] {"Alipay", "JD Pay", "WeChat Pay"}) {
            SimulatedWallets.accountAlreadyOpen(page, wallet, customer.phone(), customer.name(), "300", PASSWORD);
        }
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());
        PaymentMethods.bindOverHttp(page, "Alipay", customer.phone(), phone, PASSWORD);
        clock.moveOn(Duration.ofSeconds(60));
        PaymentMethods.bindOverHttp(page, "JD Pay", customer.phone(), phone, PASSWORD);
        clock.moveOn(Duration.ofSeconds(60));
        PaymentMethods.open(page);
        assertThat(page.getByText("You can have at most 2 wallets. Adding another replaces the one you choose, "
                + "after you confirm.")).isVisible();

        PaymentMethods.startBinding(page, "WeChat Pay", customer.phone());

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("You can have at most 2 wallets, and 2 are bound now. "
                + "Choose the wallet this one replaces, or keep them all.");
        Locator choice = page.getByRole(AriaRole.GROUP, namedExactly("Wallet to replace"));
        assertThat(choice.getByRole(AriaRole.RADIO)).hasCount(2);
        assertThat(choice.getByRole(AriaRole.RADIO, namedWithin("Alipay " + masked))).isChecked();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Keep my current wallets"))).isVisible();
        choice.getByRole(AriaRole.RADIO, namedWithin("JD Pay " + masked)).check();
        page.getByRole(AriaRole.BUTTON, namedExactly("Replace my wallet")).click();
        PaymentMethods.confirmCode(page, phone.latestCode());
        SimulatedWallets.approve(page, PASSWORD);

        assertThat(page.getByRole(AriaRole.HEADING, named("Your wallet is bound"))).isVisible();
        assertThat(page.getByText("It replaces your JD Pay wallet, which is no longer bound.")).isVisible();
        PaymentMethods.open(page);
        Locator rows = dataRows(page.getByRole(AriaRole.TABLE, named("Bound wallets")));
        assertThat(rows).containsText(new String[] {"Alipay", "WeChat Pay"});
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("JD Pay"))).hasCount(0);
    }
}
