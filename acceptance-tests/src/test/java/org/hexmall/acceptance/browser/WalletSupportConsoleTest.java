package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedWithin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.domain.wallet.WalletBinding;
import org.junit.jupiter.api.Test;

/**
 * The agent who helps a customer with a wallet sees every binding attempt, why one failed, and can unbind a
 * wallet for the customer, which the audit log records with the agent's reason.
 * <p>
 * The customer is 李雷 (Li Lei), a demo customer, whose wallet accounts at the simulated providers come with the demo
 * data.
 */
@BrowserFlowTest
class WalletSupportConsoleTest {

    @Test
    void anAgentSeesADeclinedAndABoundWalletAndUnbindsTheBoundOneGivingAReason(Page page, MovableClock clock) {
        Storefront.alreadyLoggedIn(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);
        SimulatedPhone phone = SimulatedPhone.beside(page, Storefront.LI_LEI_PHONE);
        PaymentMethods.startBinding(page, "Alipay", "13800000001");
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
        PaymentMethods.confirmCode(page, phone.latestCode());
        page.getByRole(AriaRole.BUTTON, namedExactly("Reject")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("You declined the binding"))).isVisible();
        // hexmall sends one phone at most one code a minute; changing one's mind takes longer than that.
        clock.moveOn(Duration.ofMinutes(1));
        PaymentMethods.bindOverHttp(page, "Alipay", "13800000001", phone, SimulatedWallets.LI_LEI_PAYMENT_PASSWORD);
        Storefront.logOut(page);

        SupportConsole.onCustomerPage(page, Storefront.LI_LEI_PHONE, "李雷");

        assertThat(page.getByRole(AriaRole.HEADING, named("Wallet bindings"))).isVisible();
        Locator declined = SupportConsole.binding(page, "Alipay 138****0001 Failed");
        assertThat(declined).containsText(
                "Failed while waiting for the wallet app: the customer declined in the wallet app.");
        assertThat(historyOf(declined)).containsText(new String[] {
                "Code sent", "Waiting for the wallet app", "Failed the customer declined in the wallet app"});
        Locator bound = SupportConsole.binding(page, "Alipay 138****0001 Active");
        assertThat(historyOf(bound)).containsText(new String[] {"Code sent", "Waiting for the wallet app", "Active"});

        bound.getByRole(AriaRole.BUTTON, namedWithin("Unbind this wallet")).click();
        assertThat(bound.getByLabel("Reason for unbinding"))
                .hasAccessibleDescription("Say why: the reason goes into the audit log.");
        assertThat(page.getByText("No agent has acted on this account.")).isVisible();

        bound.getByLabel("Reason for unbinding").fill("Customer lost the phone");
        bound.getByRole(AriaRole.BUTTON, namedWithin("Unbind this wallet")).click();
        page.getByRole(AriaRole.BUTTON, namedExactly("Yes, unbind this wallet")).click();

        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("The wallet is unbound, and your action is in the audit log.");
        assertThat(SupportConsole.binding(page, "Alipay 138****0001 Unbound")).isVisible();
        assertThat(SupportConsole.binding(page, "Alipay 138****0001 Active")).not().isAttached();
        Locator audit = page.getByRole(AriaRole.TABLE, named("Audit log"));
        assertThat(audit.getByRole(AriaRole.COLUMNHEADER)).hasText(new String[] {"Time", "Agent", "Action", "Reason"});
        assertThat(dataRows(audit)).hasCount(1);
        assertThat(dataRows(audit)).containsText(new String[] {
                SupportConsole.AGENT + " Unbound a wallet: Alipay 138****0001 Customer lost the phone"});
    }

    @Test
    void anAgentSeesThatABindingLeftAfterNetworkTroubleExpiredBecauseOfIt(Page page, HexmallApplication hexmall,
                                                                           MovableClock clock) {
        Page simulatedWallets = page.context().newPage();
        NewCustomer customer = Storefront.signedUpWithWalletAccounts(page, "975310", "Alipay");
        String masked = SimulatedPhone.masked(customer.phone());
        SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());
        PaymentMethods.startBinding(page, "Alipay", customer.phone());
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
        try {
            SimulatedWallets.makeBehave(simulatedWallets, "Alipay", "Provider down: answers \"unavailable\" at once");
            PaymentMethods.confirmCode(page, phone.latestCode());
            assertThat(page.getByRole(AriaRole.HEADING, named("Alipay cannot be reached right now"))).isVisible();
        } finally {
            SimulatedWallets.faultsAlreadyCleared(page);
        }
        clock.moveOn(WalletBinding.COMPLETION_WINDOW.plusMinutes(1));
        // What the housekeeping chore does once a minute.
        hexmall.useCases().expireStaleBindings().expire();

        SupportConsole.onCustomerPage(page, customer.phone(), customer.name());

        Locator expired = SupportConsole.binding(page, "Alipay " + masked + " Expired");
        assertThat(expired).containsText("Expired while waiting for the wallet app, after this trouble: network "
                + "trouble or the wallet provider was down.");
        assertThat(historyOf(expired)).containsText(new String[] {"Code sent", "Waiting for the wallet app",
                "Waiting for the wallet app network trouble or the wallet provider was down",
                "Expired network trouble or the wallet provider was down"});
        Locator answer = page.getByRole(AriaRole.ARTICLE,
                namedExactly("Binding failed: the wallet could not be reached"));
        assertThat(definitionOf(answer, "Failed")).hasText("while waiting for the wallet app");
        assertThat(page.getByRole(AriaRole.ARTICLE, namedExactly("No wallet bound"))).not().isAttached();
    }

    private static Locator historyOf(Locator binding) {
        return dataRows(binding.getByRole(AriaRole.TABLE, namedWithin("History")));
    }
}
