package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A shopper who reads Chinese switches once and keeps Chinese pages, through logging in and beyond. */
@BrowserFlowTest
class LanguageSwitchTest {

    @Test
    void choosingChineseShowsChinesePagesUntilEnglishIsChosenAgain(Page page) {
        page.navigate("/");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();

        page.getByRole(AriaRole.LINK, namedExactly("登录")).click();
        page.getByLabel("手机号或邮箱").fill(Storefront.LI_LEI_PHONE);
        page.getByLabel("密码", exactly()).fill(Storefront.LI_LEI_PASSWORD);
        page.getByRole(AriaRole.BUTTON, namedExactly("登录")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("我的京东"))).isVisible();
        page.getByRole(AriaRole.LINK, named("账户与安全")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("账户与安全"))).isVisible();
        page.getByRole(AriaRole.LINK, named("支付方式")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("支付方式"))).isVisible();

        page.getByRole(AriaRole.LINK, namedExactly("English")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Payment methods"))).isVisible();
    }
}
