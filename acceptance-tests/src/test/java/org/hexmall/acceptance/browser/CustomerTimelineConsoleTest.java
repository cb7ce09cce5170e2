package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One list of what happened to a customer, newest first, that the agent narrows to the kinds they need. */
@BrowserFlowTest
class CustomerTimelineConsoleTest {

    @Test
    void aNoteJoinsTheTimelineOnTopAndTheAgentNarrowsItToLoginsOrNotes(Page page) {
        Storefront.alreadyLoggedInOnMyAccount(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);
        Storefront.logOut(page);
        SupportConsole.onCustomerPage(page, Storefront.LI_LEI_PHONE, "李雷");
        page.getByLabel("Summary").fill("Asked how to bind Alipay; read him the steps.");
        page.getByRole(AriaRole.BUTTON, namedExactly("Add the note")).click();

        page.getByRole(AriaRole.LINK, namedExactly("Timeline")).click();
        Locator timeline = dataRows(page.getByRole(AriaRole.TABLE, namedExactly("Timeline")));
        assertThat(timeline.first()).containsText(Pattern.compile(
                "Note\\s*Note \\(Phone\\)\\s*Asked how to bind Alipay; read him the steps\\.\\s*"
                        + SupportConsole.AGENT));
        assertThat(timeline.filter(new Locator.FilterOptions().setHasText("Login"))).not().hasCount(0);
        assertThat(timeline.first().getByRole(AriaRole.BUTTON)).hasCount(0);
        assertThat(timeline.first().getByRole(AriaRole.TEXTBOX)).hasCount(0);

        for (String kind : new String[] {"Binding", "Order", "Payment", "Refund", "Agent action", "Security", "Note"}) {
            page.getByRole(AriaRole.CHECKBOX, namedExactly(kind)).uncheck();
        }
        page.getByRole(AriaRole.BUTTON, namedExactly("Show these")).click();
        assertThat(page).hasURL(Pattern.compile("kind=LOGIN.*#timeline$"));
        assertThat(page.getByRole(AriaRole.CHECKBOX, namedExactly("Login"))).isChecked();
        assertThat(page.getByRole(AriaRole.CHECKBOX, namedExactly("Note"))).not().isChecked();
        assertThat(timeline.first()).containsText(Pattern.compile("Login\\s*Succeeded"));
        assertThat(timeline.filter(new Locator.FilterOptions().setHasNotText("Login"))).hasCount(0);

        page.getByRole(AriaRole.CHECKBOX, namedExactly("Login")).uncheck();
        page.getByRole(AriaRole.CHECKBOX, namedExactly("Note")).check();
        page.getByRole(AriaRole.BUTTON, namedExactly("Show these")).click();
        assertThat(timeline).hasCount(1);
        assertThat(page.getByRole(AriaRole.TABLE, namedExactly("Timeline")))
                .containsText("Page 1 of 1 (1 entry), newest first");

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        Locator chinese = dataRows(page.getByRole(AriaRole.TABLE, namedExactly("时间线")));
        assertThat(chinese).hasCount(1);
        assertThat(chinese.first()).containsText("备注（电话）");
    }
}
