package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactlyWithin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The demo customers are registered under their Chinese names, 李雷 and 韩梅梅, as a Chinese store's customers are:
 * the store greets them by those names in both languages (the English demo box adds the pinyin), and an agent finds
 * them in the console by the name as a caller gives it, whole or by the surname. On a phone the names fit the screen.
 */
@BrowserFlowTest
class ChineseNamesTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @Test
    void inChinese_onAPhone_theDemoBoxAndTheGreetingNameLiLeiAlike(Page page) {
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        page.navigate("/");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        page.getByRole(AriaRole.LINK, namedExactly("登录")).click();

        Locator demoLogins = page.getByRole(AriaRole.REGION, namedExactly("演示账号"));
        assertThat(demoLogins.getByRole(AriaRole.LISTITEM)).hasText(new String[] {
            "李雷：13800000001 / demo-pass-1", "韩梅梅：13800000002 / demo-pass-2"});
        assertFitsTheScreen(page);

        Storefront.onTheirUsualDevice(page, Storefront.LI_LEI_PHONE);
        page.getByLabel("手机号或邮箱").fill(Storefront.LI_LEI_PHONE);
        page.getByLabel("密码", exactly()).fill(Storefront.LI_LEI_PASSWORD);
        page.getByRole(AriaRole.BUTTON, namedExactly("登录")).click();

        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("我的京东"))).isVisible();
        assertThat(page.getByText("您好，李雷。", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertFitsTheScreen(page);
    }

    @Test
    void inEnglish_theDemoBoxGivesThePinyinAfterTheName_andTheStoreGreetsHanMeimeiByHerChineseName(Page page) {
        page.navigate("/login");

        Locator demoLogins = page.getByRole(AriaRole.REGION, namedExactly("Demo logins"));
        assertThat(demoLogins.getByRole(AriaRole.LISTITEM)).hasText(new String[] {
            "李雷 (Li Lei): 13800000001 / demo-pass-1", "韩梅梅 (Han Meimei): 13800000002 / demo-pass-2"});

        Storefront.logIn(page, Storefront.HAN_MEIMEI_PHONE, Storefront.HAN_MEIMEI_PASSWORD);
        assertThat(page.getByText("Hello, 韩梅梅.", new Page.GetByTextOptions().setExact(true))).isVisible();
    }

    @Test
    void anAgentFindsHanMeimeiByHerWholeNameOrHerSurname_andLiLeiByHisTwoCharacters(Page page) {
        SupportConsole.alreadyLoggedInOnTheConsole(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);

        search(page, "Find a customer", "Search", "韩");
        assertThat(resultRows(page)).hasCount(1);
        assertThat(resultRows(page).first()).containsText("13800000002");

        search(page, "Find a customer", "Search", "李雷");
        assertThat(resultRows(page)).hasCount(1);
        assertThat(resultRows(page).first()).containsText("13800000001");

        search(page, "Find a customer", "Search", "韩梅梅");
        assertThat(page.locator("main table caption")).hasText("1 customer");
        assertThat(resultRows(page).first()).containsText("han.meimei@example.com");
        resultRows(page).first().getByRole(AriaRole.LINK, namedExactlyWithin("韩梅梅")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("韩梅梅"))).isVisible();
    }

    @Test
    void inChinese_onAPhone_anAgentSearchingHanMeimeisNameOpensHerPage(Page page) {
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        SupportConsole.alreadyLoggedInOnTheConsole(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();

        search(page, "查找客户", "搜索", "韩梅梅");

        assertThat(resultRows(page)).hasCount(1);
        assertFitsTheScreen(page);
        resultRows(page).first().getByRole(AriaRole.LINK, namedExactlyWithin("韩梅梅")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("韩梅梅"))).isVisible();
        assertFitsTheScreen(page);
    }

    private static void search(Page page, String label, String button, String text) {
        page.getByLabel(label).fill(text);
        page.getByRole(AriaRole.BUTTON, namedExactly(button)).click();
        assertThat(page.getByLabel(label)).hasValue(text);
    }

    private static Locator resultRows(Page page) {
        return dataRows(page.locator("main table"));
    }

    /** The page is no wider than the screen: nobody has to scroll sideways to read the name. */
    private static void assertFitsTheScreen(Page page) {
        Object wider = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) wider).intValue()).as("pixels wider than the screen").isLessThanOrEqualTo(0);
    }
}
