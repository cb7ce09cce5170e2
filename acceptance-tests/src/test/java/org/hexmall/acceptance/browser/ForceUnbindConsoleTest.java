package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedWithin;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An agent's force-unbind asks first: it names the wallet by its masked account and the reason, and only the
 * confirmation unbinds. The customer sees it in their account activity; the audit log names the wallet.
 */
@BrowserFlowTest
class ForceUnbindConsoleTest {

    @Test
    void theAgentConfirmsWhichWalletAndWhyBeforeItIsUnbound_andTheCustomerSeesIt(Page page) {
        Storefront.alreadyLoggedInOnMyAccount(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);
        PaymentMethods.bindOverHttp(page, "Alipay", "13800000001", SimulatedPhone.beside(page, Storefront.LI_LEI_PHONE),
                SimulatedWallets.LI_LEI_PAYMENT_PASSWORD);
        Storefront.logOut(page);

        SupportConsole.onCustomerPage(page, Storefront.LI_LEI_PHONE, "李雷");
        Locator bound = SupportConsole.binding(page, "Alipay 138****0001 Active");
        bound.getByRole(AriaRole.BUTTON, namedWithin("Unbind this wallet")).click();
        Locator reason = bound.getByLabel("Reason for unbinding");
        assertThat(reason).hasAccessibleDescription("Say why: the reason goes into the audit log.");
        assertButtonBesideItsField(reason, bound.getByRole(AriaRole.BUTTON, namedWithin("Unbind this wallet")));

        reason.fill("Customer lost the phone");
        bound.getByRole(AriaRole.BUTTON, namedWithin("Unbind this wallet")).click();
        assertThat(page).hasTitle("Unbind Alipay 138****0001? · hexmall console");
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Unbind Alipay 138****0001 from 李雷?")))
                .isVisible();
        assertThat(definitionOf(page, "Wallet")).hasText("Alipay 138****0001");
        assertThat(definitionOf(page, "Reason")).hasText("Customer lost the phone");
        page.getByRole(AriaRole.LINK, namedExactly("No, keep it")).click();
        assertThat(SupportConsole.binding(page, "Alipay 138****0001 Active")).isVisible();
        assertThat(page.getByText("No agent has acted on this account.")).isVisible();

        bound.getByLabel("Reason for unbinding").fill("Customer lost the phone");
        bound.getByRole(AriaRole.BUTTON, namedWithin("Unbind this wallet")).click();
        page.getByRole(AriaRole.BUTTON, namedExactly("Yes, unbind this wallet")).click();

        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("The wallet is unbound, and your action is in the audit log.");
        assertThat(SupportConsole.binding(page, "Alipay 138****0001 Unbound")).isVisible();
        // The timeline tells the unbinding from the end of the authorization at the wallet.
        Locator timeline = dataRows(page.getByRole(AriaRole.TABLE, namedExactly("Timeline")))
                .filter(new Locator.FilterOptions().setHasText("Binding"));
        assertThat(timeline.filter(new Locator.FilterOptions().setHasText(Pattern.compile("Unbound\\s*Alipay"))))
                .hasCount(1);
        assertThat(timeline.filter(new Locator.FilterOptions().setHasText(
                Pattern.compile("(Authorization cancelled|Not yet cancelled) at Alipay")))).hasCount(1);
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Audit log")))).containsText(new String[] {
                SupportConsole.AGENT + " Unbound a wallet: Alipay 138****0001 Customer lost the phone"});
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Security events")))
                .filter(new Locator.FilterOptions().setHasText("Wallet unbound")).first())
                .containsText(Pattern.compile("Wallet unbound\\s*Agent\\s*Alipay 138\\*\\*\\*\\*0001"));
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("审计日志")))).containsText(new String[] {
                "解绑了钱包：支付宝 138****0001"});

        Storefront.alreadyLoggedIn(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);
        page.navigate("/account/activity");
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, named("Account activity")))
                .filter(new Locator.FilterOptions().setHasText("Wallet unbound")).first())
                .containsText("Customer service");
    }

    /** The button is on the input's line, after it, even with the field's error shown below them. */
    private static void assertButtonBesideItsField(Locator input, Locator button) {
        BoundingBox field = input.boundingBox();
        BoundingBox beside = button.boundingBox();
        assertTrue(beside.x >= field.x + field.width, "the button is to the right of the input");
        assertTrue(Math.abs((beside.y + beside.height / 2) - (field.y + field.height / 2)) < field.height / 2,
                "the button is on the input's line");
    }
}
