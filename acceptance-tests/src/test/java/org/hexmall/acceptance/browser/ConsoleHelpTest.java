package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The console's help: every answer of the guides, found by a word in English or Chinese, shown in both. */
@BrowserFlowTest
class ConsoleHelpTest {

    @Test
    void anAgentFindsTheAnswerToATooLowBalanceByAnEnglishOrAChineseWord(Page page) {
        SupportConsole.alreadyLoggedInOnTheConsole(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);
        page.getByRole(AriaRole.LINK, namedExactly("Help")).click();
        assertThat(page).hasTitle("Help · hexmall console");
        assertThat(page.getByRole(AriaRole.ARTICLE)).hasCount(26);

        search(page, "top up");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("One answer matches “top up”.");
        Locator answer = page.getByRole(AriaRole.ARTICLE);
        assertThat(answer).hasCount(1);
        assertThat(answer.getByRole(AriaRole.HEADING).first()).hasText("My payment failed: insufficient balance");
        assertThat(answer).containsText("Please top up the wallet in its app");
        assertThat(answer).containsText("请先在钱包应用中充值");

        search(page, "余额不足");
        assertThat(page.getByRole(AriaRole.ARTICLE, namedExactly("My payment failed: insufficient balance")))
                .isVisible();

        search(page, "Apple Pay");
        assertThat(page.getByRole(AriaRole.ARTICLE)).hasCount(1);
        assertThat(page.getByRole(AriaRole.ARTICLE)).containsText("hexmall supports WeChat Pay, Alipay, JD Pay and "
                + "UnionPay QuickPass");

        search(page, "no such words anywhere");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(
                "No answer matches “no such words anywhere”. Try a shorter word, in English or Chinese.");
        assertThat(page.getByRole(AriaRole.ARTICLE)).hasCount(0);
    }

    @Test
    void inChineseTheAgentSearchesByAnEnglishWordAndReadsTheChineseAnswerFirst(Page page) {
        SupportConsole.alreadyLoggedInOnTheConsole(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        page.getByRole(AriaRole.LINK, namedExactly("帮助")).click();
        assertThat(page).hasTitle("帮助 · hexmall 客服后台");

        page.getByLabel("搜索解答").fill("extra space");
        page.getByLabel("搜索解答").press("Enter");

        Locator answer = page.getByRole(AriaRole.ARTICLE, namedExactly("绑定失败：找不到钱包账户"));
        assertThat(answer).isVisible();
        assertThat(answer.getByRole(AriaRole.BLOCKQUOTE).first()).containsText("多输入了一个空格");
        assertThat(answer).containsText("such as one extra space");
        assertThat(page).hasURL(Pattern.compile("/admin/help\\?q=extra\\+space$"));
    }

    private static void search(Page page, String words) {
        page.getByLabel("Search the answers").fill(words);
        page.getByRole(AriaRole.BUTTON, namedExactly("Search")).click();
    }
}
