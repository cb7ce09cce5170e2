package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A form that is refused answers with the address of its own page, which says what to fix and keeps what was entered
 * (never a secret): a reload of it shows the same and sends nothing again. "Add payment method" and the console's
 * account, device and case-note forms, at phone width, in English and in Chinese.
 */
@BrowserFlowTest
class RefusedFormsReloadTest {

    @Test
    void aRefusedCaseNoteKeepsTheChannelChosenAndAReloadAddsNoNote(Page page) {
        page.setViewportSize(390, 844);
        NewCustomer customer = NewCustomer.unique();
        Storefront.register(page, customer);
        SupportConsole.openCustomer(page, customer.phone(), customer.name());

        page.getByLabel("Channel").selectOption("CHAT");
        page.getByLabel("Summary").fill("   ");
        page.getByRole(AriaRole.BUTTON, namedExactly("Add the note")).click();

        assertThat(page).hasURL(Pattern.compile("/admin/customers/[^/?]+\\?refused=case-note&"));
        assertThat(page.getByLabel("Summary")).hasAccessibleDescription(Pattern.compile(
                "^Write what the customer asked and what you did\\."));
        assertThat(page.getByLabel("Channel")).hasValue("CHAT");
        page.reload();
        assertThat(page.getByLabel("Summary")).hasAccessibleDescription(Pattern.compile(
                "^Write what the customer asked and what you did\\."));
        assertThat(page.getByLabel("Channel")).hasValue("CHAT");
        assertThat(page.getByText("No notes on this customer yet.")).isVisible();

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByLabel("摘要")).hasAccessibleDescription(Pattern.compile("^请填写客户的问题和您的处理。"));
        assertThat(page.getByLabel("联系渠道")).hasValue("CHAT");
    }

    @Test
    void aRefusedDeviceRevocationSaysWhyAndAReloadRevokesNothing(Page page) {
        page.setViewportSize(390, 844);
        NewCustomer customer = NewCustomer.unique();
        Storefront.register(page, customer);
        Storefront.logIn(page, customer.phone(), customer.password());
        Storefront.logOut(page);
        SupportConsole.openCustomer(page, customer.phone(), customer.name());

        page.getByRole(AriaRole.BUTTON, namedExactly("Revoke this device")).click();

        assertThat(page).hasURL(Pattern.compile("\\?refused=device-[0-9a-f-]+&reason=#devices$"));
        assertThat(page.getByLabel("Reason for revoking the device"))
                .hasAccessibleDescription("Say why: the reason goes into the audit log.");
        page.reload();
        assertThat(page.getByLabel("Reason for revoking the device"))
                .hasAccessibleDescription("Say why: the reason goes into the audit log.");
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, namedExactly("Login devices")))).hasCount(1);
        assertThat(page.getByText("The device is revoked", new Page.GetByTextOptions().setExact(false)))
                .not().isAttached();

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByLabel("移除设备的原因")).hasAccessibleDescription("请填写原因：原因会记入审计日志。");
    }

    @Test
    void aRefusedFreezeKeepsTheAccountActiveAndAReloadFreezesNothing(Page page) {
        page.setViewportSize(390, 844);
        NewCustomer customer = NewCustomer.unique();
        Storefront.register(page, customer);
        SupportConsole.openCustomer(page, customer.phone(), customer.name());

        page.getByLabel("Reason for freezing the account").fill("  ");
        page.getByRole(AriaRole.BUTTON, namedExactly("Freeze the account")).click();

        assertThat(page).hasURL(Pattern.compile("\\?refused=account-status&reason="));
        assertThat(page.getByLabel("Reason for freezing the account"))
                .hasAccessibleDescription("Say why: the reason goes into the audit log.");
        page.reload();
        assertThat(page.getByLabel("Reason for freezing the account"))
                .hasAccessibleDescription("Say why: the reason goes into the audit log.");
        assertThat(page.getByText("Active", new Page.GetByTextOptions().setExact(true))).isVisible();

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByLabel("冻结账户的原因")).hasAccessibleDescription("请填写原因：原因会记入审计日志。");
    }

    @Test
    void aWalletThatIsBoundAlreadyIsSaidAtTheFormsOwnAddressAndAReloadSendsNoCode(Page page) {
        page.setViewportSize(390, 844);
        NewCustomer customer = NewCustomer.unique();
        String maskedPhone = SimulatedPhone.masked(customer.phone());
        Storefront.register(page, customer);
        SimulatedWallets.openAccount(page, "Alipay", customer.phone(), customer.name(), "300", "864209");
        Storefront.logIn(page, customer.phone(), customer.password());
        SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());
        PaymentMethods.bind(page, "Alipay", customer.phone(), phone, "864209");

        PaymentMethods.startBinding(page, "Alipay", customer.phone());

        String alreadyBound = "Alipay " + maskedPhone + " is already bound to your account.";
        assertThat(page).hasURL(Pattern.compile("/payment-methods/add/alipay\\?problem=already-bound&wallet="));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(alreadyBound);
        assertThat(page.getByLabel("Alipay account")).hasValue("");
        page.reload();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(alreadyBound);
        assertThat(phone.messages()).hasCount(1);

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("支付宝 " + maskedPhone + " 已绑定到您的账户。");
    }
}
