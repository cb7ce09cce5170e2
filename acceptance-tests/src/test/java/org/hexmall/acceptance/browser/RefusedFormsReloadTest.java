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
 * account, device and case-note forms, at phone width, in English and in Chinese. Every test has one shape: open the
 * form, send it so that it is refused, then {@link #refusedAtItsOwnAddress} checks the answer, reloads it, checks that
 * nothing was sent again and that what was typed is still there, and reads the answer in Chinese.
 */
@BrowserFlowTest
class RefusedFormsReloadTest {

    /** A blank reason, as sent: refused, and kept blank rather than filled with anything else. */
    private static final Pattern BLANK = Pattern.compile("^\\s*$");

    @Test
    void aRefusedCaseNoteKeepsTheChannelChosenAndAReloadAddsNoNote(Page page) {
        page.setViewportSize(390, 844);
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        SupportConsole.onCustomerPage(page, customer.phone(), customer.name());

        page.getByLabel("Channel").selectOption("CHAT");
        page.getByLabel("Summary").fill("   ");
        page.getByRole(AriaRole.BUTTON, namedExactly("Add the note")).click();

        refusedAtItsOwnAddress(page, new RefusedForm(
                Pattern.compile("/admin/customers/[^/?]+\\?refused=case-note&"),
                () -> assertThat(page.getByLabel("Summary")).hasAccessibleDescription(Pattern.compile(
                        "^Write what the customer asked and what you did\\.")),
                () -> assertThat(page.getByLabel("Channel")).hasValue("CHAT"),
                () -> assertThat(page.getByText("No notes on this customer yet.")).isVisible(),
                () -> {
                    assertThat(page.getByLabel("摘要")).hasAccessibleDescription(Pattern.compile("^请填写客户的问题和您的处理。"));
                    assertThat(page.getByLabel("联系渠道")).hasValue("CHAT");
                }));
    }

    @Test
    void aRefusedDeviceRevocationSaysWhyAndAReloadRevokesNothing(Page page) {
        page.setViewportSize(390, 844);
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedInOnMyAccount(page, customer.phone(), customer.password());
        Storefront.logOut(page);
        SupportConsole.onCustomerPage(page, customer.phone(), customer.name());

        page.getByRole(AriaRole.BUTTON, namedExactly("Revoke this device")).click();

        refusedAtItsOwnAddress(page, new RefusedForm(
                Pattern.compile("\\?refused=device-[0-9a-f-]+&reason=#devices$"),
                () -> assertThat(page.getByLabel("Reason for revoking the device"))
                        .hasAccessibleDescription("Say why: the reason goes into the audit log."),
                () -> assertThat(page.getByLabel("Reason for revoking the device")).hasValue(BLANK),
                () -> {
                    assertThat(dataRows(page.getByRole(AriaRole.TABLE, namedExactly("Login devices")))).hasCount(1);
                    assertThat(page.getByText("The device is revoked", new Page.GetByTextOptions().setExact(false)))
                            .not().isAttached();
                },
                () -> assertThat(page.getByLabel("移除设备的原因")).hasAccessibleDescription("请填写原因：原因会记入审计日志。")));
    }

    @Test
    void aRefusedFreezeKeepsTheAccountActiveAndAReloadFreezesNothing(Page page) {
        page.setViewportSize(390, 844);
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        SupportConsole.onCustomerPage(page, customer.phone(), customer.name());

        page.getByLabel("Reason for freezing the account").fill("  ");
        page.getByRole(AriaRole.BUTTON, namedExactly("Freeze the account")).click();

        refusedAtItsOwnAddress(page, new RefusedForm(
                Pattern.compile("\\?refused=account-status&reason="),
                () -> assertThat(page.getByLabel("Reason for freezing the account"))
                        .hasAccessibleDescription("Say why: the reason goes into the audit log."),
                () -> assertThat(page.getByLabel("Reason for freezing the account")).hasValue(BLANK),
                () -> assertThat(page.getByText("Active", new Page.GetByTextOptions().setExact(true))).isVisible(),
                () -> assertThat(page.getByLabel("冻结账户的原因")).hasAccessibleDescription("请填写原因：原因会记入审计日志。")));
    }

    @Test
    void aWalletThatIsBoundAlreadyIsSaidAtTheFormsOwnAddressAndAReloadSendsNoCode(Page page) {
        page.setViewportSize(390, 844);
        NewCustomer customer = NewCustomer.unique();
        String maskedPhone = SimulatedPhone.masked(customer.phone());
        Storefront.alreadyRegistered(page, customer);
        SimulatedWallets.accountAlreadyOpen(page, "Alipay", customer.phone(), customer.name(), "300", "864209");
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        SimulatedPhone phone = SimulatedPhone.beside(page, customer.phone());
        PaymentMethods.bindOverHttp(page, "Alipay", customer.phone(), phone, "864209");

        PaymentMethods.startBinding(page, "Alipay", customer.phone());

        refusedAtItsOwnAddress(page, new RefusedForm(
                Pattern.compile("/payment-methods/add/alipay\\?problem=already-bound&wallet="),
                () -> assertThat(page.getByRole(AriaRole.ALERT))
                        .hasText("Alipay " + maskedPhone + " is already bound to your account."),
                // A wallet account is never kept in an address: the field is empty, to be typed again.
                () -> assertThat(page.getByLabel("Alipay account")).hasValue(""),
                () -> assertThat(phone.messages()).hasCount(1),
                () -> assertThat(page.getByRole(AriaRole.ALERT)).hasText("支付宝 " + maskedPhone + " 已绑定到您的账户。")));
    }

    /**
     * What a refused form's answer must show, each as assertions on the page.
     *
     * @param address             the answer's own address, which a reload opens again
     * @param saysWhatToFix       the answer says what to fix
     * @param keepsWhatWasTyped   what was typed or chosen is still there (never a secret or a full wallet account)
     * @param sentNothing         nothing the form would do was done
     * @param saysWhatToFixInChinese the same answer, read in Chinese
     */
    private record RefusedForm(Pattern address, Runnable saysWhatToFix, Runnable keepsWhatWasTyped,
                               Runnable sentNothing, Runnable saysWhatToFixInChinese) {
    }

    /**
     * The one shape of every refusal: the answer at its own address says what to fix and keeps what was typed; a
     * reload shows the same, and nothing was sent again; and the answer reads in Chinese too.
     */
    private static void refusedAtItsOwnAddress(Page page, RefusedForm refused) {
        assertThat(page).hasURL(refused.address());
        refused.saysWhatToFix().run();
        refused.keepsWhatWasTyped().run();

        page.reload();
        refused.saysWhatToFix().run();
        refused.keepsWhatWasTyped().run();
        refused.sentNothing().run();

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        refused.saysWhatToFixInChinese().run();
    }
}
