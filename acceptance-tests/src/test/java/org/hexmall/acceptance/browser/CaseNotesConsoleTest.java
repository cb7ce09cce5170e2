package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Agents note on a customer's file how the customer got in touch and what was done; a note is never changed. */
@BrowserFlowTest
class CaseNotesConsoleTest {

    @Test
    void anAgentNotesACallAndTheNoteStaysAsWritten_inEnglishAndInChinese(Page page) {
        SupportConsole.onCustomerPage(page, Storefront.LI_LEI_PHONE, "李雷");
        page.getByRole(AriaRole.LINK, namedExactly("Notes")).click();
        assertThat(page).hasURL(Pattern.compile("#notes$"));

        page.getByRole(AriaRole.BUTTON, namedExactly("Add the note")).click();
        assertThat(page.getByLabel("Summary")).hasAccessibleDescription(Pattern.compile(
                "^Write what the customer asked and what you did\\."));
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("Add the note"))).isVisible();

        page.getByLabel("Channel").selectOption("PHONE");
        page.getByLabel("Summary").fill("Asked why the payment failed; told him to top up Alipay and pay again.");
        page.getByRole(AriaRole.BUTTON, namedExactly("Add the note")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The note is added to the customer’s file.");
        Locator notes = dataRows(page.getByRole(AriaRole.TABLE, namedExactly("Case notes")));
        assertThat(notes).hasCount(1);
        assertThat(notes.first()).containsText(Pattern.compile(SupportConsole.AGENT + "\\s*Phone\\s*"
                + "Asked why the payment failed; told him to top up Alipay and pay again\\.\\s*$"));
        assertThat(notes.first().getByRole(AriaRole.BUTTON)).hasCount(0);
        assertThat(notes.first().getByRole(AriaRole.LINK)).hasCount(0);
        assertThat(notes.first().getByRole(AriaRole.TEXTBOX)).hasCount(0);

        page.getByLabel("Channel").selectOption("CHAT");
        page.getByLabel("Summary").fill("Called back: the payment went through.");
        page.getByRole(AriaRole.BUTTON, namedExactly("Add the note")).click();
        assertThat(notes).hasCount(2);
        assertThat(notes.first()).containsText("Chat");
        assertThat(notes.nth(1)).containsText("told him to top up Alipay");

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        Locator chinese = dataRows(page.getByRole(AriaRole.TABLE, namedExactly("服务备注")));
        assertThat(chinese).hasCount(2);
        assertThat(chinese.first()).containsText("在线聊天");
        assertThat(chinese.nth(1)).containsText("电话");
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("添加备注"))).isVisible();
    }
}
