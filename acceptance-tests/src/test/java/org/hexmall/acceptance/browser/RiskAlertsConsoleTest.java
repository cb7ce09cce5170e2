package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A shopper pays for six orders within minutes: the sixth is held, and the shopper is told why and what to do. The
 * agent finds the alert in the queue with the rule's reason, resolves it with a note, and the header's count of open
 * alerts drops. The demo's own alert on 韩梅梅's (Han Meimei's) account is there from the start.
 * <p>
 * This class has its own hexmall, so the only alerts in it are the demo's and the ones its tests raise.
 */
@BrowserFlowTest
@WithoutDemoCampaigns
class RiskAlertsConsoleTest {

    private static final String TEA = "Jasmine tea, 250 g";

    @Test
    void aSixthPaymentWithinMinutesIsHeld_andTheAgentResolvesTheAlertWithANote(Page page) {
        NewCustomer customer = NewCustomer.unique();
        String maskedPhone = customer.phone().substring(0, 3) + "****" + customer.phone().substring(7);
        Storefront.alreadyRegistered(page, customer);
        SimulatedWallets.accountAlreadyOpen(page, "Alipay", customer.phone(), customer.name(), "1000", "975310");
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        PaymentMethods.bindOverHttp(page, "Alipay", customer.phone(), SimulatedPhone.beside(page, customer.phone()),
                "975310");
        for (int payment = 1; payment <= 5; payment++) {
            String order = Checkout.placeOrderOverHttp(page, TEA);
            Checkout.alreadyStartedPaying(page, order, "Alipay " + maskedPhone);
        }

        String sixth = Checkout.placeOrderOverHttp(page, TEA);
        Checkout.payNow(page, sixth);
        Checkout.payWith(page, "Alipay " + maskedPhone, "¥68.00");

        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("We held this for a security check"))).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("This payment looked unusual for your account, so we did "
                + "not make it. Nothing was charged, and your order stays open for now.");
        assertThat(page.getByText("Please contact customer service")).isVisible();

        SupportConsole.alreadyLoggedInOnTheConsole(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);
        page.getByRole(AriaRole.LINK, namedExactly("Alerts (2 open)")).click();
        Locator held = dataRows(page.getByRole(AriaRole.TABLE)).filter(new Locator.FilterOptions()
                .setHasText("Too many payments"));
        assertThat(held).containsText("Payment of ¥68.00 for order " + sixth);
        assertThat(held).containsText(customer.name() + " " + maskedPhone);
        assertThat(held).containsText("Blocked and held");
        held.getByRole(AriaRole.LINK).click();

        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Alert on " + customer.name() + "'s account")))
                .isVisible();
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Why the rules fired"))))
                .hasText(Pattern.compile("Too many payments\\s*6 payments within 10 minutes\\.\\s*100"));
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Payment attempts")))).hasCount(5);

        page.getByRole(AriaRole.BUTTON, namedExactly("Resolve")).click();
        assertThat(page.getByLabel("Note for the audit log"))
                .hasAccessibleDescription("Say why: the reason goes into the audit log.");
        page.getByLabel("False positive: it was the customer").check();
        page.getByLabel("Note for the audit log").fill("Called the customer: buying tea for the whole office");
        page.getByRole(AriaRole.BUTTON, namedExactly("Resolve")).click();

        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("The alert is resolved and the action is in the audit log.");
        assertThat(page.getByText("Called the customer: buying tea for the whole office", new Page.GetByTextOptions()
                .setExact(true))).isVisible();
        assertThat(page.getByText("Lifted by agent at")).containsText("Called the customer: buying tea");
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Alerts (1 open)"))).isVisible();
    }

    @Test
    void hanMeimeisDemoAlertIsInTheQueue_withEveryReason(Page page) {
        SupportConsole.alreadyLoggedIn(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);
        page.navigate("/admin/alerts?severity=HIGH&rule=NEW_DEVICE");

        Locator demo = dataRows(page.getByRole(AriaRole.TABLE)).filter(new Locator.FilterOptions()
                .setHasText("¥6,888.00"));
        assertThat(demo).containsText("New or untrusted device, Amount far above usual, "
                + "Large payment right after binding");
        demo.getByRole(AriaRole.LINK).click();

        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Alert on 韩梅梅's account"))).isVisible();
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Why the rules fired")))).containsText(new String[] {
                "From a device this account has not trusted.",
                "¥6,888.00 is more than 3 times the customer’s usual payment of ¥18.00",
                "A payment of ¥6,888.00 only 4 minutes after a wallet was bound."});
        page.getByRole(AriaRole.LINK, namedExactly("韩梅梅")).click();
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Risk alerts"))))
                .containsText(new String[] {"Payment of ¥6,888.00 for order 2612 0518 7730"});
    }

    @Test
    void aCustomerCannotReachTheAlertQueue(Page page) {
        Storefront.alreadyLoggedIn(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);

        page.navigate("/admin/alerts");

        assertThat(page).hasURL(Pattern.compile("/admin/login$"));
        assertThat(page.getByLabel("Password", exactly())).isVisible();
    }
}
