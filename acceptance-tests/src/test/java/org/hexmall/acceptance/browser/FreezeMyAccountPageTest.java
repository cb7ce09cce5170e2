package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A customer who lost their phone freezes the account from Account &amp; security, confirming with the password. */
@BrowserFlowTest
class FreezeMyAccountPageTest {

    @Test
    void theCustomerFreezesTheAccountAndIsLoggedOutAndCannotLogInAgain(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        page.navigate("/account/security");
        page.getByRole(AriaRole.LINK, namedExactly("Freeze my account")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Freeze my account"))).isVisible();

        page.getByRole(AriaRole.BUTTON, namedExactly("Freeze my account")).click();
        assertThat(page.getByLabel("Your login password, to confirm")).hasAccessibleDescription("Enter your password.");
        page.getByLabel("Your login password, to confirm").fill("not-my-password");
        page.getByRole(AriaRole.BUTTON, namedExactly("Freeze my account")).click();
        assertThat(page.getByLabel("Your login password, to confirm"))
                .hasAccessibleDescription("That is not your login password. Nothing was frozen.");

        page.getByLabel("Your login password, to confirm").fill(customer.password());
        page.getByRole(AriaRole.BUTTON, namedExactly("Freeze my account")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("Your account is frozen"))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Your account is frozen, and every device signed in to it has been logged out.");
        page.navigate("/account");
        assertThat(page).hasURL(Pattern.compile("/login"));
        Storefront.tryToLogIn(page, customer.phone(), customer.password());
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("This account is frozen. If you froze it yourself, you can "
                + "unfreeze it; otherwise please contact customer service. Unfreeze my account");

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        page.getByLabel("手机号或邮箱").fill(customer.phone());
        page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill(customer.password());
        page.getByRole(AriaRole.BUTTON, namedExactly("登录")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("该账户已被冻结。如果是您自己冻结的，可以自助解冻；否则请联系客服。 解冻我的账户");
        page.getByRole(AriaRole.LINK, namedExactly("解冻我的账户")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("解冻账户"))).isVisible();
    }
}
